// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/join.rs:
// the documentation example of `future::join`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future;

        let a = async { 1 };
        let b = async { 2 };
        let pair = future::join(a, b);

        assert_eq!(pair.await, (1, 2));
    });
    println!("future::join: ran to its end");
}
