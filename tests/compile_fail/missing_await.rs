// A forgotten `.await`: the future where its output is expected: rustc rejects it.
// expect: E0308 at line 10
use futures::executor::block_on;

async fn fetch() -> u32 {
    7
}

async fn run() {
    let n: u32 = fetch();
    println!("{n}");
}

fn main() {
    block_on(run());
}
