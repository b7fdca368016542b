// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/peek.rs:
// the documentation example of `Peekable::next_if_eq`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use core::pin::pin;

        use futures::stream;
        use futures::stream::StreamExt;

        let stream = stream::iter(0..5).peekable();
        let mut stream = pin!(stream);
        // The first item of the stream is 0; consume it.
        assert_eq!(stream.as_mut().next_if_eq(&0).await, Some(0));
        // The next item returned is now 1, so `consume` will return `false`.
        assert_eq!(stream.as_mut().next_if_eq(&0).await, None);
        // `next_if_eq` saves the value of the next item if it was not equal to `expected`.
        assert_eq!(stream.next().await, Some(1));
    });
    println!("Peekable::next_if_eq: ran to its end");
}
