// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/iter.rs:
// the documentation example of `stream::iter`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::stream::{self, StreamExt};

        let stream = stream::iter(vec![17, 19]);
        assert_eq!(vec![17, 19], stream.collect::<Vec<i32>>().await);
    });
    println!("stream::iter: ran to its end");
}
