// Source: rust-lang/async-book, examples/05_02_iteration_and_concurrency/src/lib.rs (chapter
// 5.2, "Iteration and Concurrency": nexts, try_for_each_concurrent).
// Adapted: the two `#[test]`s are the `main`, printing the sums they assert; `jump_n_times` and
// `report_n_jumps` print their number, and `jump_around` runs on a stream of three.
use futures::{
    executor::block_on,
    stream::{self, Stream},
};
use std::{io, pin::Pin};

async fn sum_with_next(mut stream: Pin<&mut dyn Stream<Item = i32>>) -> i32 {
    use futures::stream::StreamExt; // for `next`
    let mut sum = 0;
    while let Some(item) = stream.next().await {
        sum += item;
    }
    sum
}

async fn sum_with_try_next(
    mut stream: Pin<&mut dyn Stream<Item = Result<i32, io::Error>>>,
) -> Result<i32, io::Error> {
    use futures::stream::TryStreamExt; // for `try_next`
    let mut sum = 0;
    while let Some(item) = stream.try_next().await? {
        sum += item;
    }
    Ok(sum)
}

async fn jump_around(
    mut stream: Pin<&mut dyn Stream<Item = Result<u8, io::Error>>>,
) -> Result<(), io::Error> {
    use futures::stream::TryStreamExt; // for `try_for_each_concurrent`
    const MAX_CONCURRENT_JUMPERS: usize = 100;

    stream
        .try_for_each_concurrent(MAX_CONCURRENT_JUMPERS, |num| async move {
            jump_n_times(num).await?;
            report_n_jumps(num).await?;
            Ok(())
        })
        .await?;

    Ok(())
}

async fn jump_n_times(n: u8) -> Result<(), io::Error> {
    println!("jumping {n} times");
    Ok(())
}
async fn report_n_jumps(n: u8) -> Result<(), io::Error> {
    println!("jumped {n} times");
    Ok(())
}

fn main() {
    let mut stream = stream::iter(vec![2, 3]);
    let pin: Pin<&mut stream::Iter<_>> = Pin::new(&mut stream);
    let sum = block_on(sum_with_next(pin));
    println!("sum_with_next: {sum}");
    assert_eq!(5, sum);

    let mut stream = stream::iter(vec![Ok(2), Ok(3)]);
    let pin: Pin<&mut stream::Iter<_>> = Pin::new(&mut stream);
    let sum = block_on(sum_with_try_next(pin)).unwrap();
    println!("sum_with_try_next: {sum}");
    assert_eq!(5, sum);

    let mut jumps = stream::iter(vec![Ok(1), Ok(2), Ok(3)]);
    let pin: Pin<&mut stream::Iter<_>> = Pin::new(&mut jumps);
    println!("jump_around: {:?}", block_on(jump_around(pin)).is_ok());
}
