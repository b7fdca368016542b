// The Tokio habit `sleep(..).await` with no `use` of any `sleep`: rustc rejects it.
// expect: E0425 at line 7
use futures::executor::block_on;
use std::time::Duration;

async fn run() {
    sleep(Duration::from_millis(50)).await;
    println!("rested");
}

fn main() {
    block_on(run());
}
