// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/try_stream/mod.rs:
// the documentation example of `TryStreamExt::err_into`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::stream::{self, TryStreamExt};

        let mut stream =
            stream::iter(vec![Ok(()), Err(5i32)])
                .err_into::<i64>();

        assert_eq!(stream.try_next().await, Ok(Some(())));
        assert_eq!(stream.try_next().await, Err(5i64));
    });
    println!("TryStreamExt::err_into: ran to its end");
}
