// The same future given twice to `future::join`: rustc rejects it.
// expect: E0382 at line 12
use futures::executor::block_on;
use futures::future;

async fn fetch() -> u32 {
    3
}

fn main() {
    let pending = fetch();
    let (a, b) = block_on(future::join(pending, pending));
    println!("{a} {b}");
}
