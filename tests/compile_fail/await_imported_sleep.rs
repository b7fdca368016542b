// The Tokio habit `sleep(..).await` with `std::thread::sleep`: rustc rejects it.
// expect: E0277 at line 8
use futures::executor::block_on;
use std::thread::sleep;
use std::time::Duration;

async fn nap() {
    sleep(Duration::from_millis(50)).await;
    println!("rested");
}

fn main() {
    block_on(nap());
}
