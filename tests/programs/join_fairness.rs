// `join!` is fair: every time its task is polled it polls every unfinished child, in order, so
// children that wait different numbers of times interleave and finish in their own time.
use async_playground::prelude::{println, *};
use futures::join;

async fn child(name: &str, waits: u32) -> u32 {
    for turn in 0..waits {
        println!("{name}: turn {turn}");
        yield_now().await;
    }
    println!("{name}: done after {waits} waits");
    waits
}

fn main() {
    let total = block_on(async {
        let (a, b, c) = join!(child("a", 1), child("b", 3), child("c", 0));
        a + b + c
    });
    println!("total waits: {total}");
}
