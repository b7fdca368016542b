// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/try_future/mod.rs:
// the documentation example of `TryFutureExt::map_ok`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    use futures::future::TryFutureExt;

    futures::executor::block_on(async {
        let future = async { Ok::<i32, i32>(1) };
        let future = future.map_ok(|x| x + 3);
        assert_eq!(future.await, Ok(4));
    });
    println!("TryFutureExt::map_ok: ran to its end");
}
