// `future::ready(..)` without `use futures::future`: rustc cannot find the module.
// expect: E0433 at line 6
use futures::executor::block_on;

async fn answer() -> u32 {
    future::ready(42).await
}

fn main() {
    println!("{}", block_on(answer()));
}
