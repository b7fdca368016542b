// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/future/mod.rs:
// the documentation example of `FutureExt::flatten`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future::FutureExt;

        let nested_future = async { async { 1 } };
        let future = nested_future.flatten();
        assert_eq!(future.await, 1);
    });
    println!("FutureExt::flatten: ran to its end");
}
