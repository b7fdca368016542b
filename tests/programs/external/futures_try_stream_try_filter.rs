// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/try_stream/mod.rs:
// the documentation example of `TryStreamExt::try_filter`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future;
        use futures::stream::{self, StreamExt, TryStreamExt};

        let stream = stream::iter(vec![Ok(1i32), Ok(2i32), Ok(3i32), Err("error")]);
        let mut evens = stream.try_filter(|x| future::ready(x % 2 == 0));

        assert_eq!(evens.next().await, Some(Ok(2)));
        assert_eq!(evens.next().await, Some(Err("error")));
    });
    println!("TryStreamExt::try_filter: ran to its end");
}
