// `impl Future<Output = u32>` without `use std::future::Future` (not in the 2021 prelude):
// rustc cannot find the trait.
// expect: E0405 at line 6
use futures::executor::block_on;

fn answer() -> impl Future<Output = u32> {
    async { 42 }
}

fn main() {
    println!("{}", block_on(answer()));
}
