// `loop { yield_now().await }`: a task that awaits forever must still count against the step limit.
// expect: limit steps
use async_playground::prelude::{println, *};

fn main() {
    block_on(async {
        loop {
            yield_now().await;
        }
    });
}
