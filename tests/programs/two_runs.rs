// Two `block_on` calls in one program: each runs its own future to completion, and what is
// printed between them comes out in program order.
use async_playground::prelude::{println, *};

async fn add(a: u32, b: u32) -> u32 {
    yield_now().await;
    a + b
}

fn main() {
    let first = block_on(add(1, 2));
    println!("first run gave {first}");
    let second = block_on(async move {
        let inner = add(first, 10).await;
        println!("inside the second run: {inner}");
        inner * 2
    });
    println!("second run gave {second}");
}
