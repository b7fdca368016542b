// An `async` block kept in a variable, then spawned while it borrows a local: rustc rejects it.
// expect: E0373 at line 10
use futures::executor::LocalPool;
use futures::task::LocalSpawnExt;

fn main() {
    let mut pool = LocalPool::new();
    let spawner = pool.spawner();
    let greeting = String::from("hello");
    let task = async {
        println!("{greeting}");
    };
    spawner.spawn_local(task).unwrap();
    pool.run();
}
