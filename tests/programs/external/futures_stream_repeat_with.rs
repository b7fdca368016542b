// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/repeat_with.rs:
// the documentation example of `stream::repeat_with`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::stream::{self, StreamExt};

        // From the zeroth to the third power of two:
        let mut curr = 1;
        let mut pow2 = stream::repeat_with(|| {
            let tmp = curr;
            curr *= 2;
            tmp
        })
        .take(4);

        assert_eq!(Some(1), pow2.next().await);
        assert_eq!(Some(2), pow2.next().await);
        assert_eq!(Some(4), pow2.next().await);
        assert_eq!(Some(8), pow2.next().await);

        // ... and now we're done
        assert_eq!(None, pow2.next().await);
    });
    println!("stream::repeat_with: ran to its end");
}
