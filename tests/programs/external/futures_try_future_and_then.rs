// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/try_future/mod.rs:
// the documentation example of `TryFutureExt::and_then`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    use futures::future::TryFutureExt;

    futures::executor::block_on(async {
        let future = async { Ok::<i32, i32>(1) };
        let future = future.and_then(|x| async move { Ok::<i32, i32>(x + 3) });
        assert_eq!(future.await, Ok(4));
    });
    println!("TryFutureExt::and_then: ran to its end");
}
