// Futures are lazy: calling `hello_world()` only builds a future, and its body runs when
// `block_on` polls it, so "future created" is printed first.
use async_playground::prelude::{println, *};

async fn hello_world() {
    println!("hello, world!");
}

fn main() {
    let future = hello_world(); // nothing is printed here
    println!("future created");
    block_on(future); // now the body runs
}
