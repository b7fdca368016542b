// A future awaited in a `while` loop: rustc rejects it.
// expect: E0382 at line 10
use futures::executor::block_on;

fn main() {
    block_on(async {
        let ready = async { 2 };
        let mut seen = 0;
        while seen < 4 {
            seen += ready.await;
        }
        println!("{seen}");
    });
}
