// `block_on` inside `block_on` panics with `futures::executor::block_on`'s message, as the
// prelude's does compiled.
// expect: panic cannot execute `LocalPool` executor from within another executor: EnterError
use async_playground::prelude::{println, *};

fn main() {
    block_on(async {
        println!("outer");
        block_on(async {
            println!("inner");
        });
    });
}
