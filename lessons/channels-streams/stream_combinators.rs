// Stream combinators: `stream::iter` turns an iterator into a stream, and `StreamExt` adapts it
// as `Iterator` adapts an iterator, except that a step may wait. `then` runs an async function
// on each item; `filter` takes a future of a `bool`; `collect` and `for_each` are futures.
use async_playground::prelude::{println, *};
use futures::future;
use futures::stream::{self, StreamExt};

async fn double_slowly(n: u32) -> u32 {
    yield_now().await;
    n * 2
}

fn main() {
    block_on(async {
        let doubled: Vec<u32> = stream::iter(1..=10)
            .filter(|n| future::ready(n % 2 == 0))
            .then(double_slowly)
            .take(3)
            .collect()
            .await;
        println!("the first three even numbers, doubled: {doubled:?}");

        stream::iter(["ready", "set", "go"])
            .enumerate()
            .for_each(|(index, word)| async move {
                println!("word {index}: {word}");
            })
            .await;
    });
}
