// `use futures::future::join` imports the function, not the `join!` macro: rustc rejects it.
// expect: error at line 8
use futures::executor::block_on;
use futures::future::join;

async fn pair() {
    let _ = join(async { 1 }, async { 2 }).await;
    let (a, b) = join!(async { 1 }, async { 2 });
    println!("{a} {b}");
}

fn main() {
    block_on(pair());
}
