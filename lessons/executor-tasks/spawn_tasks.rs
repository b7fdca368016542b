// Spawned tasks get their own lanes and run alongside `main`; each `JoinHandle` is a future that
// becomes ready with its task's output once the task finishes. The prelude's `block_on` has a
// spawner, like futures' `LocalPool`; `futures::executor::block_on` has none.
use async_playground::prelude::{println, *};

async fn download(name: &str, chunks: u32) -> u32 {
    for chunk in 1..=chunks {
        println!("{name}: chunk {chunk} of {chunks}");
        yield_now().await;
    }
    chunks * 100
}

fn main() {
    let total = block_on(async {
        let small = spawn("small", download("small", 1));
        let large = spawn("large", download("large", 3));
        println!("main: spawned two tasks");
        let large_bytes = large.await;
        println!("main: large gave {large_bytes}");
        let small_bytes = small.await;
        println!("main: small gave {small_bytes}");
        large_bytes + small_bytes
    });
    println!("downloaded {total} bytes");
}
