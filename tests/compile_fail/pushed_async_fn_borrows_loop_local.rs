// An `async fn` future borrowing a loop local, pushed into a vector from outside the loop: rustc rejects it.
// expect: E0597 at line 14
use futures::executor::block_on;
use futures::future::join_all;

async fn greet(name: &str) {
    println!("hello, {name}");
}

fn main() {
    let mut futures = Vec::new();
    for i in 0..3 {
        let name = format!("learner {i}");
        futures.push(greet(&name));
    }
    block_on(join_all(futures));
}
