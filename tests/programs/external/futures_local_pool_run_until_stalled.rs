// Source: rust-lang/futures-rs, branch 0.3, futures-executor/src/local_pool.rs:
// the documentation example of `LocalPool::run_until_stalled`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    use futures::executor::LocalPool;
    use futures::future::{pending, ready};
    use futures::task::LocalSpawnExt;

    let mut pool = LocalPool::new();
    let spawner = pool.spawner();

    spawner.spawn_local(ready(())).unwrap();
    spawner.spawn_local(ready(())).unwrap();
    spawner.spawn_local(pending()).unwrap();

    // Runs the two ready task and returns.
    // The empty task remains in the pool.
    pool.run_until_stalled();
    println!("LocalPool::run_until_stalled: ran to its end");
}
