// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/maybe_done.rs:
// the documentation example of `future::maybe_done`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use core::pin::pin;

        use futures::future;

        let future = future::maybe_done(async { 5 });
        let mut future = pin!(future);
        assert_eq!(future.as_mut().take_output(), None);
        let () = future.as_mut().await;
        assert_eq!(future.as_mut().take_output(), Some(5));
        assert_eq!(future.as_mut().take_output(), None);
    });
    println!("future::maybe_done: ran to its end");
}
