// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/task/spawn.rs:
// the documentation example of `LocalSpawnExt::spawn_local_with_handle`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    use futures::executor::LocalPool;
    use futures::task::LocalSpawnExt;

    let mut executor = LocalPool::new();
    let spawner = executor.spawner();

    let future = async { 1 };
    let join_handle_fut = spawner.spawn_local_with_handle(future).unwrap();
    assert_eq!(executor.run_until(join_handle_fut), 1);
    println!("LocalSpawnExt::spawn_local_with_handle: ran to its end");
}
