// A thousand spawned tasks, each yielding once.
// expect: prints 499500\n
use async_playground::prelude::{println, *};

fn main() {
    block_on(async {
        let mut handles = Vec::new();
        for i in 0..1000u64 {
            handles.push(spawn("worker", async move {
                yield_now().await;
                i
            }));
        }
        let mut total = 0;
        for h in handles {
            total += h.await;
        }
        println!("{}", total);
    });
}
