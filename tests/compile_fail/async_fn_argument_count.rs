// An `async fn` called with a missing argument: rustc rejects it.
// expect: E0061 at line 10
use futures::executor::block_on;

async fn wait_for(ms: u64, label: &str) {
    println!("{label} {ms}");
}

fn main() {
    block_on(wait_for(5));
}
