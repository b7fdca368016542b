// A stream wrapped in 200,000 `map`s, each boxed: polling it recurses through every layer,
// which the playground follows only to its nesting limit.
// expect: limit nesting
use async_playground::prelude::{println, *};
use futures::stream::{self, StreamExt};

fn main() {
    let mut items = stream::iter(vec![1u32]).boxed_local();
    for _ in 0..200_000 {
        items = items.map(|x| x + 1).boxed_local();
    }
    let first = block_on(async move { items.next().await });
    println!("{:?}", first);
}
