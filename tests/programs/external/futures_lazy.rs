// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/lazy.rs:
// the documentation example of `future::lazy`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future;

        let a = future::lazy(|_| 1);
        assert_eq!(a.await, 1);

        let b = future::lazy(|_| -> i32 { panic!("oh no!") });
        drop(b); // closure is never run
    });
    println!("future::lazy: ran to its end");
}
