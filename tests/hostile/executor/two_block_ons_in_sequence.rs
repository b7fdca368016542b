// Two `block_on` calls one after the other are fine.
// expect: prints 3\n
use async_playground::prelude::{println, *};

fn main() {
    let a = block_on(async { 1 });
    let b = block_on(async { 2 });
    println!("{}", a + b);
}
