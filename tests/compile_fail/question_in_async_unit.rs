// `?` in an `async fn` that returns `()`: rustc rejects it.
// expect: E0277 at line 10
use futures::executor::block_on;

async fn load() -> Result<u32, String> {
    Ok(4)
}

async fn run() {
    let n = load().await?;
    println!("{n}");
}

fn main() {
    block_on(run());
}
