// Source: google/comprehensive-rust, src/concurrency/async/async-await.md ("async/await").
// Adapted: nothing; the example already runs on `futures::executor::block_on`.
use futures::executor::block_on;

async fn count_to(count: i32) {
    for i in 0..count {
        println!("Count is: {i}!");
    }
}

async fn async_main(count: i32) {
    count_to(count).await;
}

fn main() {
    block_on(async_main(10));
}
