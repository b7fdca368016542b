// A deadlock: `main` waits for two tasks that each await a future that is never ready.
// No task is ready and no timer is pending, so the program can never finish.
use async_playground::prelude::{println, *};
use futures::future::pending;

async fn stuck(name: &str) {
    println!("{name}: waiting forever");
    pending::<()>().await;
}

fn main() {
    block_on(async {
        let first = spawn("first", stuck("first"));
        let second = spawn("second", stuck("second"));
        first.await;
        second.await;
        println!("never printed");
    });
    println!("never printed either");
}
