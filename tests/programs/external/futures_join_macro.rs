// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/async_await/join_mod.rs:
// the documentation example of `join!`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::join;

        let a = async { 1 };
        let b = async { 2 };
        assert_eq!(join!(a, b), (1, 2));

        // `join!` is variadic, so you can pass any number of futures
        let c = async { 3 };
        let d = async { 4 };
        let e = async { 5 };
        assert_eq!(join!(c, d, e), (3, 4, 5));
    });
    println!("join!: ran to its end");
}
