// A future awaited twice: rustc rejects it.
// expect: E0382 at line 12
use futures::executor::block_on;

async fn fetch() -> u32 {
    1
}

async fn run() {
    let f = fetch();
    let a = f.await;
    let b = f.await;
    println!("{a} {b}");
}

fn main() {
    block_on(run());
}
