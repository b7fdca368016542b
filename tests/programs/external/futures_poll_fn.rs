// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/poll_fn.rs:
// the documentation example of `future::poll_fn`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future::poll_fn;
        use futures::task::{Context, Poll};

        fn read_line(_cx: &mut Context<'_>) -> Poll<String> {
            Poll::Ready("Hello, World!".into())
        }

        let read_future = poll_fn(read_line);
        assert_eq!(read_future.await, "Hello, World!".to_owned());
    });
    println!("future::poll_fn: ran to its end");
}
