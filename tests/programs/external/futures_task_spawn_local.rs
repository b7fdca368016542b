// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/task/spawn.rs:
// the documentation example of `LocalSpawnExt::spawn_local`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing).
fn main() {
    use futures::executor::LocalPool;
    use futures::task::LocalSpawnExt;

    let executor = LocalPool::new();
    let spawner = executor.spawner();

    let future = async { /* ... */ };
    spawner.spawn_local(future).unwrap();
    println!("LocalSpawnExt::spawn_local: ran to its end");
}
