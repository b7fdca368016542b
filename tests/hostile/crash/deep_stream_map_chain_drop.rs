// A stream wrapped in 200,000 `map`s, each boxed, then dropped unpolled: the layers drop one
// after another, not by recursion.
// expect: prints dropped\n
use async_playground::prelude::{println, *};
use futures::stream::{self, StreamExt};

fn main() {
    let mut items = stream::iter(vec![1u32]).boxed_local();
    for _ in 0..200_000 {
        items = items.map(|x| x + 1).boxed_local();
    }
    drop(items);
    println!("dropped");
}
