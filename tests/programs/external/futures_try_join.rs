// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/try_join.rs:
// the documentation example of `future::try_join`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future;

        let a = future::ready(Ok::<i32, i32>(1));
        let b = future::ready(Err::<i32, i32>(2));
        let pair = future::try_join(a, b);

        assert_eq!(pair.await, Err(2));
    });
    println!("future::try_join: ran to its end");
}
