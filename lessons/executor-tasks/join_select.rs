// `join!` waits for every child, polling each unfinished one whenever the task is polled;
// `select` finishes with whichever side is ready first, checking the left one first.
use async_playground::prelude::{println, *};
use futures::future::{self, Either};
use futures::join;

async fn both_then_race() {
    let (a, b) = join!(async { 1 }, async { 2 });
    println!("join gave {a} and {b}");

    let left = Box::pin(async { "left" });
    let right = Box::pin(async { "right" });
    match future::select(left, right).await {
        Either::Left((won, _other)) => println!("{won} won"),
        Either::Right((won, _other)) => println!("{won} won"),
    }
}

fn main() {
    block_on(both_then_race());
}
