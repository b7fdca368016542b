// `spawn` from a plain function called inside a task is allowed.
// expect: prints 9\n
use async_playground::prelude::{println, *};

fn start() -> JoinHandle<u8> {
    spawn("helper", async { 9 })
}

fn main() {
    block_on(async {
        let h = start();
        println!("{}", h.await);
    });
}
