// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/either.rs:
// the documentation example of `Either`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    use futures::future::Either;

    futures::executor::block_on(async {
        let cond = true;

        let fut = if cond {
            Either::Left(async move { 12 })
        } else {
            Either::Right(async move { 44 })
        };

        assert_eq!(fut.await, 12);
    });
    println!("Either: ran to its end");
}
