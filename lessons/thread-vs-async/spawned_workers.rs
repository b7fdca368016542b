// The essay's thread A and thread B, as two spawned tasks. As async tasks each runs until it
// awaits, and these loops never await, so `a` finishes before `b` starts. Set Mode to Threads:
// each task is then preempted when its time slice runs out, anywhere in its loop (even inside
// `total += step`), so the lines interleave, differently for each seed and quantum.
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
