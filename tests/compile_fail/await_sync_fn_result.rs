// `.await` on the result of a plain function: rustc rejects it.
// expect: E0277 at line 10
use futures::executor::block_on;

fn compute() -> u32 {
    3
}

async fn run() {
    let n = compute().await;
    println!("{n}");
}

fn main() {
    block_on(run());
}
