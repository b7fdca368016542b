// Two workers joined inside one task, not spawned. `join!` is not a thread: both workers live in
// the `main` task, and threads mode preempts tasks, so the table is the same in both modes.
use async_playground::prelude::{println, *};
use futures::join;

async fn worker(name: &str) {
    for step in 1..=3 {
        println!("{name}: step {step}");
    }
}

fn main() {
    block_on(async {
        join!(worker("a"), worker("b"));
    });
}
