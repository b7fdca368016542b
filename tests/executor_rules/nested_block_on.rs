// `block_on` inside a task that `block_on` runs would block the executor running it, so the
// inner call panics, as futures' `block_on` does.
use async_playground::prelude::{println, *};

fn main() {
    block_on(async {
        println!("outer");
        block_on(async {
            println!("inner");
        });
    });
}
