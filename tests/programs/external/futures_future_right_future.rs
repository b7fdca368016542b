// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/future/mod.rs:
// the documentation example of `FutureExt::right_future`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future::FutureExt;

        let x = 6;
        let future = if x > 10 {
            async { true }.left_future()
        } else {
            async { false }.right_future()
        };

        assert_eq!(future.await, false);
    });
    println!("FutureExt::right_future: ran to its end");
}
