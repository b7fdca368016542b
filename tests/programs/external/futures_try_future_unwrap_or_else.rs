// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/try_future/mod.rs:
// the documentation example of `TryFutureExt::unwrap_or_else`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    use futures::future::TryFutureExt;

    futures::executor::block_on(async {
        let future = async { Err::<(), &str>("Boom!") };
        let future = future.unwrap_or_else(|_| ());
        assert_eq!(future.await, ());
    });
    println!("TryFutureExt::unwrap_or_else: ran to its end");
}
