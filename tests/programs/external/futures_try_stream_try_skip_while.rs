// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/try_stream/mod.rs:
// the documentation example of `TryStreamExt::try_skip_while`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future;
        use futures::stream::{self, TryStreamExt};

        let stream = stream::iter(vec![Ok::<i32, i32>(1), Ok(3), Ok(2)]);
        let stream = stream.try_skip_while(|x| future::ready(Ok(*x < 3)));

        let output: Result<Vec<i32>, i32> = stream.try_collect().await;
        assert_eq!(output, Ok(vec![3, 2]));
    });
    println!("TryStreamExt::try_skip_while: ran to its end");
}
