// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/try_stream/mod.rs:
// the documentation example of `TryStreamExt::try_any`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::stream::{self, StreamExt, TryStreamExt};
        use std::convert::Infallible;

        let number_stream = stream::iter(0..10).map(Ok::<_, Infallible>);
        let contain_three = number_stream.try_any(|i| async move { i == 3 });
        assert_eq!(contain_three.await, Ok(true));

        let stream_with_errors = stream::iter([Ok(1), Err("err"), Ok(3)]);
        let contain_three = stream_with_errors.try_any(|i| async move { i == 3 });
        assert_eq!(contain_three.await, Err("err"));
    });
    println!("TryStreamExt::try_any: ran to its end");
}
