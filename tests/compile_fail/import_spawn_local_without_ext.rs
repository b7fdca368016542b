// `spawner.spawn_local(..)` without `LocalSpawnExt` in scope: rustc rejects it.
// expect: E0599 at line 11
use futures::executor::LocalPool;

async fn task(n: u32) {
    println!("task {n}");
}

fn main() {
    let mut pool = LocalPool::new();
    pool.spawner().spawn_local(task(1)).unwrap();
    pool.run();
}
