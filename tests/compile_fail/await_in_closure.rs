// `.await` in a closure inside an `async fn`: rustc rejects it.
// expect: E0728 at line 10
use futures::executor::block_on;

async fn fetch() -> u32 {
    1
}

async fn run() {
    let get = || fetch().await;
    println!("{}", get());
}

fn main() {
    block_on(run());
}
