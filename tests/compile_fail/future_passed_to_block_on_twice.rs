// The same future given to `block_on` twice: rustc rejects it.
// expect: E0382 at line 12
use futures::executor::block_on;

async fn answer() -> u32 {
    42
}

fn main() {
    let future = answer();
    let first = block_on(future);
    let second = block_on(future);
    println!("{first} {second}");
}
