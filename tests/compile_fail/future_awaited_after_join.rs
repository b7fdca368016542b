// A future awaited after `join` took it: rustc rejects it.
// expect: E0382 at line 15
use futures::executor::block_on;
use futures::future;

async fn fetch() -> u32 {
    1
}

fn main() {
    block_on(async {
        let f = fetch();
        let g = fetch();
        let (a, b) = future::join(f, g).await;
        let c = f.await;
        println!("{a} {b} {c}");
    });
}
