// Sleeps on the virtual clock finish in deadline order, and sleeps with the same deadline in
// the order they were first polled; no wall-clock time passes.
use async_playground::prelude::{println, *};
use futures::future::join_all;

async fn nap(name: &'static str, ms: u64) -> &'static str {
    println!("{name}: sleeping {ms} ms");
    sleep(ms).await;
    println!("{name}: woke up");
    name
}

fn main() {
    block_on(async {
        let slow = spawn("slow", nap("slow", 30));
        let naps = vec![nap("b", 20), nap("a", 10), nap("c", 20)];
        let order = join_all(naps).await;
        println!("joined in list order: {order:?}");
        sleep(5).await;
        println!("main slept 5 more");
        slow.await;
    });
}
