// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/mod.rs:
// the documentation example of `StreamExt::for_each`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future;
        use futures::stream::{self, StreamExt};

        let mut x = 0;

        {
            let fut = stream::repeat(1).take(3).for_each(|item| {
                x += item;
                future::ready(())
            });
            fut.await;
        }

        assert_eq!(x, 3);
    });
    println!("StreamExt::for_each: ran to its end");
}
