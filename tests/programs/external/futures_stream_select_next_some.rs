// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/mod.rs:
// the documentation example of `StreamExt::select_next_some` (with FuturesUnordered).
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::stream::{FuturesUnordered, StreamExt};
        use futures::{future, select};

        let mut fut = future::ready(1);
        let mut async_tasks = FuturesUnordered::new();
        let mut total = 0;
        loop {
            select! {
                num = fut => {
                    // First, the `ready` future completes.
                    total += num;
                    // Then we spawn a new task onto `async_tasks`,
                    async_tasks.push(async { 5 });
                },
                // On the next iteration of the loop, the task we spawned
                // completes.
                num = async_tasks.select_next_some() => {
                    total += num;
                }
                // Finally, both the `ready` future and `async_tasks` have
                // finished, so we enter the `complete` branch.
                complete => break,
            }
        }
        assert_eq!(total, 6);
    });
    println!("StreamExt::select_next_some: ran to its end");
}
