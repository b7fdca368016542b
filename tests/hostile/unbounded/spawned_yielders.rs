// Two spawned tasks that yield to each other forever.
// expect: limit steps
use async_playground::prelude::{println, *};

async fn forever(name: &'static str) {
    let mut n = 0u64;
    loop {
        n += 1;
        yield_now().await;
    }
}

fn main() {
    block_on(async {
        let a = spawn("a", forever("a"));
        let b = spawn("b", forever("b"));
        a.await;
        b.await;
    });
}
