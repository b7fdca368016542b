// A future that is dropped without being polled never runs: only "future created" appears and
// no task is ever spawned.
use async_playground::prelude::{println, *};

async fn hello_world() {
    println!("hello, world!");
}

fn main() {
    let future = hello_world();
    println!("future created");
    drop(future); // the body never runs
    let answer = block_on(async { 6 * 7 });
    println!("a different future gave {answer}");
}
