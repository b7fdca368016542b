// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/ready.rs:
// the documentation example of `future::ready`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future;

        let a = future::ready(1);
        assert_eq!(a.await, 1);
    });
    println!("future::ready: ran to its end");
}
