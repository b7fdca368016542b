// `spawn` with no running executor panics, as compiled against the prelude.
// expect: panic no async_playground Executor is running on this thread: call this inside a task run by `Executor::block_on` or `Executor::tick`
use async_playground::prelude::{println, *};

fn main() {
    println!("before");
    let _handle = spawn("orphan", async {});
    println!("after");
}
