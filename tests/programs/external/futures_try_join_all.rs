// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/try_join_all.rs:
// the documentation example of `try_join_all`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future::{self, try_join_all};

        let futures = vec![
            future::ok::<u32, u32>(1),
            future::ok::<u32, u32>(2),
            future::ok::<u32, u32>(3),
        ];

        assert_eq!(try_join_all(futures).await, Ok(vec![1, 2, 3]));

        let futures = vec![
            future::ok::<u32, u32>(1),
            future::err::<u32, u32>(2),
            future::ok::<u32, u32>(3),
        ];

        assert_eq!(try_join_all(futures).await, Err(2));
    });
    println!("try_join_all: ran to its end");
}
