// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/join.rs:
// the documentation example of `future::join3`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future;

        let a = async { 1 };
        let b = async { 2 };
        let c = async { 3 };
        let tuple = future::join3(a, b, c);

        assert_eq!(tuple.await, (1, 2, 3));
    });
    println!("future::join3: ran to its end");
}
