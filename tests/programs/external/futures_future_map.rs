// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/future/mod.rs:
// the documentation example of `FutureExt::map`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future::FutureExt;

        let future = async { 1 };
        let new_future = future.map(|x| x + 3);
        assert_eq!(new_future.await, 4);
    });
    println!("FutureExt::map: ran to its end");
}
