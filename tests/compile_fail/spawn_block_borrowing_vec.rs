// A spawned `async` block that only reads a `Vec` of the spawner borrows it: rustc rejects it.
// expect: E0373 at line 15
use futures::executor::LocalPool;
use futures::task::LocalSpawnExt;

async fn total(values: &[u32]) -> u32 {
    values.iter().sum()
}

fn main() {
    let mut pool = LocalPool::new();
    let spawner = pool.spawner();
    let values = vec![4, 5, 6];
    spawner
        .spawn_local(async {
            let sum = total(&values).await;
            println!("{sum}");
        })
        .unwrap();
    pool.run();
}
