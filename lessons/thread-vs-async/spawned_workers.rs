// Two workers as separate tasks. As async tasks each runs until it awaits, so `a` finishes its
// loop before `b` starts; set Mode to Threads and the same workers are preempted between any
// two steps, so their lines interleave differently with every seed and quantum.
use async_playground::prelude::{println, *};

async fn worker(name: &'static str) -> u32 {
    let mut total = 0;
    for step in 1..=4 {
        total += step;
        println!("{name}: step {step}, total so far {total}");
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
