// `pin!` without `use std::pin::pin` (it is not in std's prelude): rustc rejects it.
// expect: error at line 7
use futures::executor::block_on;

fn main() {
    let fut = async { 7 };
    let fut = pin!(fut);
    println!("{}", block_on(fut));
}
