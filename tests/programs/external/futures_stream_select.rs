// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/select.rs:
// the documentation example of `stream::select`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::stream::{repeat, select, StreamExt};

        let left = repeat(1);
        let right = repeat(2);

        let mut out = select(left, right);

        for _ in 0..100 {
            // We should be alternating.
            assert_eq!(1, out.select_next_some().await);
            assert_eq!(2, out.select_next_some().await);
        }
    });
    println!("stream::select: ran to its end");
}
