// Spawned tasks that each hold a buffer and never finish.
// expect: limit memory
use async_playground::prelude::{println, *};
use futures::future::pending;

fn main() {
    block_on(async {
        let mut handles = Vec::new();
        loop {
            let buffer = vec![0u8; 1_000_000];
            handles.push(spawn("holder", async move {
                pending::<()>().await;
                println!("{}", buffer.len());
            }));
            yield_now().await;
        }
    });
}
