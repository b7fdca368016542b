// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/try_stream/mod.rs:
// the documentation example of `TryStreamExt::try_fold`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::stream::{self, TryStreamExt};

        let number_stream = stream::iter(vec![Ok::<i32, i32>(1), Ok(2)]);
        let sum = number_stream.try_fold(0, |acc, x| async move { Ok(acc + x) });
        assert_eq!(sum.await, Ok(3));

        let number_stream_with_err = stream::iter(vec![Ok::<i32, i32>(1), Err(2), Ok(1)]);
        let sum = number_stream_with_err.try_fold(0, |acc, x| async move { Ok(acc + x) });
        assert_eq!(sum.await, Err(2));
    });
    println!("TryStreamExt::try_fold: ran to its end");
}
