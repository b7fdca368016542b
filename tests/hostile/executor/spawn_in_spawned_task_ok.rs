// `spawn` inside a running task is allowed.
// expect: prints 8\n
use async_playground::prelude::{println, *};

fn main() {
    block_on(async {
        let outer = spawn("outer", async {
            let inner = spawn("inner", async { 7u8 });
            inner.await + 1
        });
        println!("{}", outer.await);
    });
}
