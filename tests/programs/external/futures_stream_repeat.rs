// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/repeat.rs:
// the documentation example of `stream::repeat`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::stream::{self, StreamExt};

        let stream = stream::repeat(9);
        assert_eq!(vec![9, 9, 9], stream.take(3).collect::<Vec<i32>>().await);
    });
    println!("stream::repeat: ran to its end");
}
