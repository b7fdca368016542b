// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/future/mod.rs:
// the documentation example of `FutureExt::then`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future::FutureExt;

        let future_of_1 = async { 1 };
        let future_of_4 = future_of_1.then(|x| async move { x + 3 });
        assert_eq!(future_of_4.await, 4);
    });
    println!("FutureExt::then: ran to its end");
}
