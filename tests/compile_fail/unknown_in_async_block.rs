// An unknown name inside an `async` block: rustc rejects it.
// expect: E0425 at line 7
use futures::executor::block_on;

fn main() {
    block_on(async {
        println!("{}", missing);
    });
}
