// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/async_await/select_mod.rs:
// the documentation example of `select_biased!`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future::FutureExt;
        use futures::select_biased;

        // Calling the following async fn returns a Future which does not
        // implement Unpin
        async fn async_identity_fn(arg: usize) -> usize {
            arg
        }

        let res = select_biased! {
            a_res = async_identity_fn(62).fuse() => a_res + 1,
            b_res = async_identity_fn(13).fuse() => b_res,
        };
        assert_eq!(res, 63);
    });
    println!("select_biased!: ran to its end");
}
