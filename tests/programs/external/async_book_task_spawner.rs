// Source: rust-lang/async-book, examples/06_04_spawning/src/lib.rs (chapter 6.4, "Spawning"):
// my_task, task_spawner and run_task_spawner.
// Adapted: no async-std here: `task::spawn` and `task::sleep` are the playground prelude's
// `spawn` (which names its task) and `sleep` on its virtual clock, in milliseconds (so
// `Duration::from_secs(n)` is `n * 1000`, and `{:?}` of it prints the milliseconds), and its
// join handles are futures `join_all` awaits; `run_task_spawner` is `main`.
use async_playground::prelude::{block_on, sleep, spawn};
use futures::future::join_all;

async fn my_task(time: u64) {
    println!("Hello from my_task with time {:?}", time);
    sleep(time).await;
    println!("Goodbye from my_task with time {:?}", time);
}

async fn task_spawner() {
    let tasks = vec![
        spawn("my_task 1", my_task(1000)),
        spawn("my_task 2", my_task(2000)),
        spawn("my_task 3", my_task(3000)),
    ];
    // If we do not await these tasks and the function finishes, they will be dropped
    join_all(tasks).await;
}

fn main() {
    block_on(task_spawner());
}
