// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/try_future/mod.rs:
// the documentation example of `TryFutureExt::map_ok_or_else`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    use futures::future::TryFutureExt;

    futures::executor::block_on(async {
        let future = async { Ok::<i32, i32>(5) };
        let future = future.map_ok_or_else(|x| x * 2, |x| x + 3);
        assert_eq!(future.await, 8);

        let future = async { Err::<i32, i32>(5) };
        let future = future.map_ok_or_else(|x| x * 2, |x| x + 3);
        assert_eq!(future.await, 10);
    });
    println!("TryFutureExt::map_ok_or_else: ran to its end");
}
