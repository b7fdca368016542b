// Spawned tasks run whether or not anyone awaits them yet; awaiting their `JoinHandle`s in
// reverse order still gives each task's own output.
use async_playground::prelude::{println, *};

async fn square(n: u64) -> u64 {
    for _ in 0..n {
        yield_now().await;
    }
    println!("square of {n} ready");
    n * n
}

fn main() {
    let sum = block_on(async {
        let mut handles = Vec::new();
        for n in 1..=3 {
            handles.push(spawn(format!("square {n}"), square(n)));
        }
        let mut sum = 0;
        while let Some(handle) = handles.pop() {
            let value = handle.await;
            println!("joined a task that gave {value}");
            sum += value;
        }
        sum
    });
    println!("sum of squares: {sum}");
}
