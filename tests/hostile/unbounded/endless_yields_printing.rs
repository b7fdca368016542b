// Yielding and printing forever.
// expect: limit steps
use async_playground::prelude::{println, *};

fn main() {
    block_on(async {
        let mut n = 0u64;
        loop {
            println!("tick {}", n);
            n += 1;
            yield_now().await;
        }
    });
}
