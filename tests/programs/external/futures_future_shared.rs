// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/future/mod.rs:
// the documentation example of `FutureExt::shared`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future::FutureExt;

        let future = async { 6 };
        let shared1 = future.shared();
        let shared2 = shared1.clone();

        assert_eq!(6, shared1.await);
        assert_eq!(6, shared2.await);
    });
    println!("FutureExt::shared: ran to its end");
}
