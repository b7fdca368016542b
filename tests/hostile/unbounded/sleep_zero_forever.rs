// `sleep(0)` in a loop: the clock never advances, the loop never ends.
// expect: limit steps
use async_playground::prelude::{println, *};

fn main() {
    block_on(async {
        loop {
            sleep(0).await;
        }
    });
}
