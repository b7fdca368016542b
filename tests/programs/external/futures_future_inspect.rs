// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/future/mod.rs:
// the documentation example of `FutureExt::inspect`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end.
fn main() {
    futures::executor::block_on(async {
        use futures::future::FutureExt;

        let future = async { 1 };
        let new_future = future.inspect(|&x| println!("about to resolve: {}", x));
        assert_eq!(new_future.await, 1);
    });
    println!("FutureExt::inspect: ran to its end");
}
