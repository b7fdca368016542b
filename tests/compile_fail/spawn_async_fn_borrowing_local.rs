// A spawned `async fn` call that borrows a local: its future holds the borrow: rustc rejects it.
// expect: E0597 at line 15
use futures::executor::LocalPool;
use futures::task::LocalSpawnExt;

async fn report(values: &Vec<u32>) {
    let total: u32 = values.iter().sum();
    println!("{total}");
}

fn main() {
    let mut pool = LocalPool::new();
    let spawner = pool.spawner();
    let values = vec![1, 2, 3];
    spawner.spawn_local(report(&values)).unwrap();
    pool.run();
}
