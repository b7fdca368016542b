// A future created before a `for` loop and awaited in it: rustc rejects it.
// expect: E0382 at line 10
use futures::executor::block_on;
use futures::future;

fn main() {
    block_on(async {
        let answer = future::ready(42);
        for round in 0..3 {
            let value = answer.await;
            println!("{round}: {value}");
        }
    });
}
