// An `async move` block that takes a reference to a local, spawned: rustc rejects it.
// expect: E0597 at line 10
use futures::executor::LocalPool;
use futures::task::LocalSpawnExt;

fn main() {
    let mut pool = LocalPool::new();
    let spawner = pool.spawner();
    let name = String::from("worker");
    let name_ref = &name;
    spawner
        .spawn_local(async move {
            println!("{name_ref} started");
        })
        .unwrap();
    pool.run();
}
