// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/peek.rs:
// the documentation example of `Peekable::peek_mut`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use core::pin::pin;

        use futures::stream;
        use futures::stream::StreamExt;

        let stream = stream::iter(vec![1, 2, 3]).peekable();
        let mut stream = pin!(stream);

        assert_eq!(stream.as_mut().peek_mut().await, Some(&mut 1));
        assert_eq!(stream.as_mut().next().await, Some(1));

        // Peek into the stream and modify the value which will be returned next
        if let Some(p) = stream.as_mut().peek_mut().await {
            if *p == 2 {
                *p = 5;
            }
        }

        assert_eq!(stream.collect::<Vec<_>>().await, vec![5, 3]);
    });
    println!("Peekable::peek_mut: ran to its end");
}
