// `.map_ok(..)` on a future of a `Result` without `TryFutureExt` in scope: rustc rejects it.
// expect: E0599 at line 11
use futures::executor::block_on;
use futures::FutureExt;

async fn parse(text: &str) -> Result<u32, String> {
    text.parse::<u32>().map_err(|e| e.to_string())
}

fn main() {
    let plus_one = parse("41").map_ok(|n| n + 1);
    println!("{:?}", block_on(plus_one.boxed()));
}
