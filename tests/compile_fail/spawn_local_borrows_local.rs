// A spawned `async` block borrowing a local: rustc rejects it.
// expect: E0373 at line 10
use futures::executor::LocalPool;
use futures::task::LocalSpawnExt;

fn main() {
    let mut pool = LocalPool::new();
    let count = 5;
    pool.spawner()
        .spawn_local(async {
            println!("{}", count);
        })
        .unwrap();
    pool.run();
}
