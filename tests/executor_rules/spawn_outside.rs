// `spawn` needs a running executor: here `fn main` calls it directly, outside any `block_on`,
// so there is nobody to run the task and the program panics.
use async_playground::prelude::{println, *};

fn main() {
    println!("before");
    let _orphan = spawn("orphan", async {});
    println!("after");
}
