// The same two tasks, each awaiting `yield_now()` after every step: an await that is not ready
// hands control back, so as async tasks the workers now alternate line by line.
use async_playground::prelude::{println, *};

async fn worker(name: &'static str) -> u32 {
    let mut total = 0;
    for step in 1..=4 {
        total += step;
        println!("{name}: step {step}, total so far {total}");
        yield_now().await;
    }
    total
}

fn main() {
    block_on(async {
        let a = spawn("a", worker("a"));
        let b = spawn("b", worker("b"));
        let sum = a.await + b.await;
        println!("both workers done: {sum}");
    });
}
