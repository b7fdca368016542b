// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/try_future/mod.rs:
// the documentation example of `TryFutureExt::map_err`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    use futures::future::TryFutureExt;

    futures::executor::block_on(async {
        let future = async { Err::<i32, i32>(1) };
        let future = future.map_err(|x| x + 3);
        assert_eq!(future.await, Err(4));
    });
    println!("TryFutureExt::map_err: ran to its end");
}
