// `block_on` inside a spawned task panics too.
// expect: panic cannot execute `LocalPool` executor from within another executor: EnterError
use async_playground::prelude::{println, *};

fn main() {
    block_on(async {
        let h = spawn("inner", async {
            block_on(async { 5 })
        });
        println!("{}", h.await);
    });
}
