// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/async_await/join_mod.rs:
// the documentation example of `try_join!`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::try_join;

        let a = async { Ok::<i32, i32>(1) };
        let b = async { Ok::<i32, i32>(2) };
        assert_eq!(try_join!(a, b), Ok((1, 2)));

        // `try_join!` is variadic, so you can pass any number of futures
        let c = async { Ok::<i32, i32>(3) };
        let d = async { Ok::<i32, i32>(4) };
        let e = async { Ok::<i32, i32>(5) };
        assert_eq!(try_join!(c, d, e), Ok((3, 4, 5)));
    });
    println!("try_join!: ran to its end");
}
