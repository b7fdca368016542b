// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/try_join.rs:
// the documentation example of `future::try_join3`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future;

        let a = future::ready(Ok::<i32, i32>(1));
        let b = future::ready(Ok::<i32, i32>(2));
        let c = future::ready(Ok::<i32, i32>(3));
        let tuple = future::try_join3(a, b, c);

        assert_eq!(tuple.await, Ok((1, 2, 3)));
    });
    println!("future::try_join3: ran to its end");
}
