// Source: rust-lang/futures-rs, branch 0.3, futures-channel/src/oneshot.rs:
// the documentation example of `oneshot::channel`.
// Adapted: no threads here, so the thread that sleeps and then sends is a task spawned on a
// `LocalPool` (without the sleep: the futures crate has no timer), and `block_on` of the
// receiver is the pool's `run_until`, which runs that task while the receiver waits.
use futures::channel::oneshot;
use futures::executor::LocalPool;
use futures::task::LocalSpawnExt;

fn main() {
    let mut pool = LocalPool::new();
    let (sender, receiver) = oneshot::channel::<i32>();

    pool.spawner()
        .spawn_local(async {
            println!("THREAD: sleeping zzz...");
            println!("THREAD: i'm awake! sending.");
            sender.send(3).unwrap();
        })
        .unwrap();

    println!("MAIN: doing some useful stuff");

    pool.run_until(async {
        println!("MAIN: waiting for msg...");
        println!("MAIN: got: {:?}", receiver.await)
    });
}
