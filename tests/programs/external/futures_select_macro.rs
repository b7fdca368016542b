// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/async_await/select_mod.rs:
// the documentation example of `select!`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future;
        use futures::select;
        let mut a = future::ready(4);
        let mut b = future::pending::<()>();

        let res = select! {
            a_res = a => a_res + 1,
            _ = b => 0,
        };
        assert_eq!(res, 5);
    });
    println!("select!: ran to its end");
}
