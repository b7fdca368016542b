// A future spawned, then awaited as well: rustc rejects it.
// expect: E0382 at line 16
use futures::executor::LocalPool;
use futures::task::LocalSpawnExt;

async fn work() {
    println!("working");
}

fn main() {
    let mut pool = LocalPool::new();
    let spawner = pool.spawner();
    let job = work();
    spawner.spawn_local(job).unwrap();
    spawner
        .spawn_local(async move {
            job.await;
        })
        .unwrap();
    pool.run();
}
