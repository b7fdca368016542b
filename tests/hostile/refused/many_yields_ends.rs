// 100,000 yields that end: valid, and must finish.
// expect: prints done\n
use async_playground::prelude::{println, *};

fn main() {
    block_on(async {
        for _ in 0..100_000 {
            yield_now().await;
        }
        println!("done");
    });
}
