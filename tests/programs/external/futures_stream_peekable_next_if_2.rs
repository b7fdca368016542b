// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/peek.rs:
// the second documentation example of `Peekable::next_if`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use core::pin::pin;

        use futures::stream;
        use futures::stream::StreamExt;

        let stream = stream::iter(1..20).peekable();
        let mut stream = pin!(stream);
        // Consume all numbers less than 10
        while stream.as_mut().next_if(|&x| x < 10).await.is_some() {}
        // The next value returned will be 10
        assert_eq!(stream.next().await, Some(10));
    });
    println!("Peekable::next_if: ran to its end");
}
