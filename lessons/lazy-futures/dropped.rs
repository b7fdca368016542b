// A future dropped without being polled never runs its body: "hello" never appears. But the
// future owns what it captured, here `greeting`, and dropping the future drops that too, so its
// destructor runs.
use async_playground::prelude::{println, *};

struct Greeting(&'static str);

impl Drop for Greeting {
    fn drop(&mut self) {
        println!("dropping the greeting {:?}", self.0);
    }
}

async fn hello(greeting: Greeting) {
    println!("{}, world!", greeting.0);
}

fn main() {
    let future = hello(Greeting("hello"));
    println!("future created");
    drop(future); // the body never runs, but the captured greeting is dropped
    let answer = block_on(async { 6 * 7 });
    println!("a different future gave {answer}");
}
