// `futures::executor::block_on` of a loop of yields.
// expect: limit steps
use async_playground::prelude::yield_now;
use futures::executor::block_on;

fn main() {
    block_on(async {
        loop {
            yield_now().await;
        }
    });
}
