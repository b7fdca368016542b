// `.await` on `std::thread::sleep`, which returns `()`: rustc rejects it.
// expect: E0277 at line 7
use futures::executor::block_on;
use std::time::Duration;

async fn nap() {
    std::thread::sleep(Duration::from_millis(1)).await;
}

fn main() {
    block_on(nap());
}
