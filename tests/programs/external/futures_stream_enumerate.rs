// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/mod.rs:
// the documentation example of `StreamExt::enumerate`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::stream::{self, StreamExt};

        let stream = stream::iter(vec!['a', 'b', 'c']);

        let mut stream = stream.enumerate();

        assert_eq!(stream.next().await, Some((0, 'a')));
        assert_eq!(stream.next().await, Some((1, 'b')));
        assert_eq!(stream.next().await, Some((2, 'c')));
        assert_eq!(stream.next().await, None);
    });
    println!("StreamExt::enumerate: ran to its end");
}
