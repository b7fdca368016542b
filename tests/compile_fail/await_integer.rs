// `.await` on an integer: rustc rejects it.
// expect: E0277 at line 7
use futures::executor::block_on;

async fn run() {
    let n = 5;
    let m = n.await;
    println!("{m}");
}

fn main() {
    block_on(run());
}
