// Looking for Tokio's `sleep` in `futures::future`, which has none: rustc rejects the import.
// expect: E0432 at line 4
use futures::executor::block_on;
use futures::future::sleep;
use std::time::Duration;

fn main() {
    block_on(sleep(Duration::from_millis(10)));
}
