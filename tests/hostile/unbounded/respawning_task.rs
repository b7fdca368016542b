// A task that spawns its successor and ends, forever.
// expect: limit steps
use async_playground::prelude::{println, *};

async fn relay(n: u64) {
    if n % 1000 == 0 {
        println!("relay {}", n);
    }
}

fn main() {
    block_on(async {
        let mut n = 0u64;
        loop {
            spawn("relay", relay(n)).await;
            n += 1;
        }
    });
}
