// A `String` used after an `async move` block took it: rustc rejects it.
// expect: E0382 at line 10
use futures::executor::block_on;

fn main() {
    let name = String::from("task");
    let job = async move {
        println!("{name}");
    };
    println!("{}", name);
    block_on(job);
}
