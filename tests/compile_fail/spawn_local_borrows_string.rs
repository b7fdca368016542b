// A spawned `async` block borrowing a `&str` local: rustc rejects it.
// expect: E0373 at line 10
use futures::executor::LocalPool;
use futures::task::LocalSpawnExt;

fn main() {
    let mut pool = LocalPool::new();
    let spawner = pool.spawner();
    let label = "worker";
    spawner.spawn_local(async { println!("{label}") }).unwrap();
    pool.run();
}
