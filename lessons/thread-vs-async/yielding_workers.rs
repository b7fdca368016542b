// The same two workers, each yielding after every step: `join!` polls both children on every
// poll of the task, so the workers now alternate line by line.
use async_playground::prelude::{println, *};
use futures::join;

async fn worker(name: &str) {
    for step in 1..=3 {
        println!("{name}: step {step}");
        yield_now().await;
    }
}

fn main() {
    block_on(async {
        join!(worker("a"), worker("b"));
    });
}
