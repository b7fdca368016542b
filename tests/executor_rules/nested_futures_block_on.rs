// The same nesting with futures' own `block_on`.
use async_playground::prelude::println;
use futures::executor::block_on;

fn main() {
    block_on(async {
        println!("outer");
        block_on(async {
            println!("inner");
        });
    });
}
