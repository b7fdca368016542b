// A future chained with `then` and awaited again: rustc rejects it.
// expect: E0382 at line 14
use futures::executor::block_on;
use futures::FutureExt;

async fn number() -> u32 {
    2
}

fn main() {
    block_on(async {
        let n = number();
        let doubled = n.then(|x| async move { x * 2 }).await;
        let again = n.await;
        println!("{doubled} {again}");
    });
}
