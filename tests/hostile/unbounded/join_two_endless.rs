// `join!` of two futures that both yield forever.
// expect: limit steps
use async_playground::prelude::{println, *};
use futures::join;

async fn spin() {
    loop {
        yield_now().await;
    }
}

fn main() {
    block_on(async {
        join!(spin(), spin());
    });
}
