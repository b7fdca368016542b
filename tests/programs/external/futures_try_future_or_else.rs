// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/try_future/mod.rs:
// the documentation example of `TryFutureExt::or_else`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    use futures::future::TryFutureExt;

    futures::executor::block_on(async {
        let future = async { Err::<i32, i32>(1) };
        let future = future.or_else(|x| async move { Err::<i32, i32>(x + 3) });
        assert_eq!(future.await, Err(4));
    });
    println!("TryFutureExt::or_else: ran to its end");
}
