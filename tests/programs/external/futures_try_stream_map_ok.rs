// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/try_stream/mod.rs:
// the documentation example of `TryStreamExt::map_ok`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::stream::{self, TryStreamExt};

        let mut stream =
            stream::iter(vec![Ok(5), Err(0)])
                .map_ok(|x| x + 2);

        assert_eq!(stream.try_next().await, Ok(Some(7)));
        assert_eq!(stream.try_next().await, Err(0));
    });
    println!("TryStreamExt::map_ok: ran to its end");
}
