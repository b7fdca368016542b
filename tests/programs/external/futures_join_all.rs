// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/join_all.rs:
// the documentation example of `join_all`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future::join_all;

        async fn foo(i: u32) -> u32 {
            i
        }

        let futures = vec![foo(1), foo(2), foo(3)];

        assert_eq!(join_all(futures).await, [1, 2, 3]);
    });
    println!("join_all: ran to its end");
}
