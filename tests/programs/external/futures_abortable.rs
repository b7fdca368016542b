// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/abortable.rs:
// the documentation example of `Abortable::new`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future::{AbortHandle, Abortable, Aborted};

        let (abort_handle, abort_registration) = AbortHandle::new_pair();
        let future = Abortable::new(async { 2 }, abort_registration);
        abort_handle.abort();
        assert_eq!(future.await, Err(Aborted));
    });
    println!("Abortable::new: ran to its end");
}
