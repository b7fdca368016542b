// A future passed where its output is expected: rustc rejects it.
// expect: E0308 at line 14
use futures::executor::block_on;

async fn fetch() -> u32 {
    7
}

fn double(n: u32) -> u32 {
    n * 2
}

async fn run() {
    let n = double(fetch());
    println!("{n}");
}

fn main() {
    block_on(run());
}
