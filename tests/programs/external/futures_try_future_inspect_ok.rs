// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/try_future/mod.rs:
// the documentation example of `TryFutureExt::inspect_ok`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (its assertions check what it does).
fn main() {
    futures::executor::block_on(async {
        use futures::future::TryFutureExt;

        let future = async { Ok::<_, ()>(1) };
        let new_future = future.inspect_ok(|&x| println!("about to resolve: {}", x));
        assert_eq!(new_future.await, Ok(1));
    });
    println!("TryFutureExt::inspect_ok: ran to its end");
}
