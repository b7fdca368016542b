// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/poll_fn.rs:
// the documentation example of `stream::poll_fn`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing).
fn main() {
    use futures::stream::poll_fn;
    use futures::task::Poll;

    let mut counter = 1usize;

    let read_stream = poll_fn(move |_| -> Poll<Option<String>> {
        if counter == 0 { return Poll::Ready(None); }
        counter -= 1;
        Poll::Ready(Some("Hello, World!".to_owned()))
    });
    println!("stream::poll_fn: ran to its end");
}
