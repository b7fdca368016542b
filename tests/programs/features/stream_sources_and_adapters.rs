// Streams from every source of `futures::stream`, through `StreamExt` adapters that call the
// program's closures and await its futures, with yields in between so that each poll counts;
// then `block_on_stream` as an iterator.
use async_playground::prelude::{println, *};
use futures::stream::{self, StreamExt, TryStreamExt};
use std::task::Poll;

async fn double_later(x: u32) -> u32 {
    yield_now().await;
    x * 2
}

fn main() {
    block_on(async {
        let doubled: Vec<u32> = stream::iter(1..=4).then(double_later).collect().await;
        println!("then: {doubled:?}");

        let odd_squares = stream::iter(vec![1u32, 2, 3, 4, 5])
            .filter(|x| futures::future::ready(x % 2 == 1))
            .map(|x| x * x)
            .collect::<Vec<_>>()
            .await;
        println!("filter and map: {odd_squares:?}");

        let halves = stream::iter(0..10)
            .filter_map(|x| async move { if x % 3 == 0 { Some(x / 3) } else { None } })
            .collect::<Vec<i32>>()
            .await;
        println!("filter_map: {halves:?}");

        let countdown = stream::unfold(3, |n| async move {
            if n == 0 {
                None
            } else {
                yield_now().await;
                Some((n, n - 1))
            }
        });
        let sum = countdown.fold(0, |acc, n| async move { acc + n }).await;
        println!("unfold and fold: {sum}");

        let mut ticks = 0;
        let polled = stream::poll_fn(move |_cx| {
            ticks += 1;
            if ticks <= 3 {
                Poll::Ready(Some(ticks * 10))
            } else {
                Poll::Ready(None)
            }
        });
        let mut polled = polled.enumerate();
        while let Some((i, value)) = polled.next().await {
            println!("poll_fn item {i}: {value}");
        }

        let mut counter = 0;
        let counted = stream::repeat_with(move || {
            counter += 1;
            counter
        })
        .skip(2)
        .take(3)
        .collect::<Vec<u32>>()
        .await;
        println!("repeat_with, skip, take: {counted:?}");

        let words = stream::repeat("ab")
            .take(3)
            .chain(stream::once(async { "c" }))
            .chain(stream::empty())
            .map(|s| s.chars().collect::<Vec<char>>())
            .concat()
            .await;
        println!("repeat, chain, once, empty, concat: {words:?}");

        let running = stream::iter(1..=6)
            .scan(0, |total, x| {
                *total += x;
                futures::future::ready(if *total < 12 { Some(*total) } else { None })
            })
            .collect::<Vec<i32>>()
            .await;
        println!("scan: {running:?}");

        let middle = stream::iter(1..=9)
            .skip_while(|x| futures::future::ready(*x < 3))
            .take_while(|x| futures::future::ready(*x < 7))
            .count()
            .await;
        println!("skip_while and take_while: {middle}");

        let pairs = stream::iter(vec!['a', 'b', 'c'])
            .zip(stream::iter(1..))
            .collect::<Vec<_>>()
            .await;
        println!("zip: {pairs:?}");

        let flat = stream::iter(vec![stream::iter(vec![1, 2]), stream::iter(vec![3])])
            .flatten()
            .collect::<Vec<i32>>()
            .await;
        println!("flatten: {flat:?}");

        let (first, rest) = stream::iter(vec![7, 8, 9]).into_future().await;
        println!("into_future: {first:?}, then {}", rest.count().await);

        let mut peekable = stream::iter(vec![4, 5]).peekable();
        let peeked = std::pin::Pin::new(&mut peekable).peek().await.copied();
        println!("peek: {peeked:?}, next: {:?}", peekable.next().await);

        let results = stream::iter(vec![Ok::<u32, String>(1), Ok(2), Err("three".to_string()), Ok(4)]);
        let total = results
            .map_ok(|x| x * 100)
            .try_fold(0, |acc, x| async move { Ok(acc + x) })
            .await;
        println!("map_ok and try_fold: {total:?}");

        let mut fine = stream::iter(vec![Ok::<u32, String>(5), Ok(6)]).try_filter(|x| futures::future::ready(*x > 5));
        println!("try_filter and try_next: {:?}", fine.try_next().await);
        println!("then: {:?}", fine.try_next().await);

        let all: Result<Vec<u32>, String> = stream::iter(vec![Ok(1), Ok(2)]).try_collect().await;
        println!("try_collect: {all:?}");

        stream::iter(1..=3)
            .for_each(|x| async move {
                yield_now().await;
                println!("for_each saw {x}");
            })
            .await;
    });

    let mut iter = futures::executor::block_on_stream(stream::iter(1..=5).map(|x| x * 2));
    println!("block_on_stream next: {:?}", iter.next());
    for x in iter.by_ref().take(2) {
        println!("block_on_stream for: {x}");
    }
    println!("block_on_stream rest: {:?}", iter.collect::<Vec<i32>>());
}
