// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/async_await/select_mod.rs:
// the documentation example of `select!` (pinning its futures with Box::pin and pin!).
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use core::pin::pin;

        use futures::future::FutureExt;
        use futures::select;

        // Calling the following async fn returns a Future which does not
        // implement Unpin
        async fn async_identity_fn(arg: usize) -> usize {
            arg
        }

        let fut_1 = async_identity_fn(1).fuse();
        let fut_2 = async_identity_fn(2).fuse();
        let mut fut_1 = Box::pin(fut_1); // Pins the Future on the heap
        let mut fut_2 = pin!(fut_2); // Pins the Future on the stack

        let res = select! {
            a_res = fut_1 => a_res,
            b_res = fut_2 => b_res,
        };
        assert!(res == 1 || res == 2);
    });
    println!("select!: ran to its end");
}
