// `loop { sleep(1).await }` on the virtual clock never ends.
// expect: limit steps
use async_playground::prelude::{println, *};

fn main() {
    block_on(async {
        let mut n = 0u64;
        loop {
            sleep(1).await;
            n += 1;
        }
    });
}
