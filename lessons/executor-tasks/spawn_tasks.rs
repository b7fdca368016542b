// Spawned tasks get their own lanes and run alongside the future that `main` waits for.
// `futures::executor::block_on` has no spawner, so the downloads are spawned on a `LocalPool`,
// as real code does: `spawn_local_with_handle` queues a task and gives back a handle, a future
// that becomes ready with the task's output. `run_until` polls its future, and whenever that
// future waits, runs the pool's tasks until they wait too.
use async_playground::prelude::{println, *};
use futures::executor::LocalPool;
use futures::task::LocalSpawnExt;

async fn download(name: &str, chunks: u32) -> u32 {
    for chunk in 1..=chunks {
        println!("{name}: chunk {chunk} of {chunks}");
        yield_now().await;
    }
    chunks * 100
}

fn main() {
    let mut pool = LocalPool::new();
    let spawner = pool.spawner();
    let small = spawner
        .spawn_local_with_handle(download("small", 1))
        .expect("the pool is alive");
    let large = spawner
        .spawn_local_with_handle(download("large", 3))
        .expect("the pool is alive");
    let total = pool.run_until(async {
        println!("main: spawned two tasks");
        let large_bytes = large.await;
        println!("main: large gave {large_bytes}");
        let small_bytes = small.await;
        println!("main: small gave {small_bytes}");
        large_bytes + small_bytes
    });
    println!("downloaded {total} bytes");
}
