// `.await` in a trait's provided method that is not async: rustc rejects it.
// expect: E0728 at line 7
use futures::future;

trait Ticker {
    fn tick(&self) -> u32 {
        let n = future::ready(1).await;
        n
    }
}

fn main() {}
