// A future awaited in a `loop`: the second time round it has been moved: rustc rejects it.
// expect: E0382 at line 14
use futures::executor::block_on;

async fn tick() -> u32 {
    1
}

fn main() {
    block_on(async {
        let next = tick();
        let mut total = 0;
        loop {
            total += next.await;
            if total > 3 {
                break;
            }
        }
    });
}
