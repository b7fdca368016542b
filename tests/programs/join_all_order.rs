// `join_all` waits for a whole vector of futures and returns their outputs in the vector's
// order, whatever order they finished in.
use async_playground::prelude::{println, *};
use futures::future::join_all;

async fn countdown(from: u32) -> u32 {
    let mut left = from;
    while left > 0 {
        left -= 1;
        yield_now().await;
    }
    println!("countdown from {from} finished");
    from * 10
}

fn main() {
    block_on(async {
        let futures: Vec<_> = vec![3, 0, 1].into_iter().map(countdown).collect();
        let results = join_all(futures).await;
        println!("results in order: {results:?}");
    });
}
