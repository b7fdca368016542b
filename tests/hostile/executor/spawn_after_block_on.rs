// `spawn` after `block_on` has returned: no executor runs any more.
// expect: panic no async_playground Executor is running on this thread: call this inside a task run by `Executor::block_on` or `Executor::tick`
use async_playground::prelude::{println, *};

fn main() {
    block_on(async {
        println!("inside");
    });
    let _late = spawn("late", async {});
}
