// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/mod.rs:
// the documentation example of `StreamExt::fuse` (with block_on_stream).
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    use futures::executor::block_on_stream;
    use futures::stream::{self, StreamExt};
    use futures::task::Poll;

    let mut x = 0;
    let stream = stream::poll_fn(|_| {
        x += 1;
        match x {
            0..=2 => Poll::Ready(Some(x)),
            3 => Poll::Ready(None),
            _ => panic!("should not happen"),
        }
    })
    .fuse();

    let mut iter = block_on_stream(stream);
    assert_eq!(Some(1), iter.next());
    assert_eq!(Some(2), iter.next());
    assert_eq!(None, iter.next());
    assert_eq!(None, iter.next());
    // ...
    println!("StreamExt::fuse: ran to its end");
}
