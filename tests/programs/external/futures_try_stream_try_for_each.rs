// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/try_stream/mod.rs:
// the documentation example of `TryStreamExt::try_for_each`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future;
        use futures::stream::{self, TryStreamExt};

        let mut x = 0i32;

        {
            let fut = stream::repeat(Ok(1)).try_for_each(|item| {
                x += item;
                future::ready(if x == 3 { Err(()) } else { Ok(()) })
            });
            assert_eq!(fut.await, Err(()));
        }

        assert_eq!(x, 3);
    });
    println!("TryStreamExt::try_for_each: ran to its end");
}
