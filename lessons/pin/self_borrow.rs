// An async block that borrows its own local across an `.await`: `longest` points into `words`,
// and both live inside the same future while it waits. Moving that future would leave `longest`
// pointing at the old place, so it is pinned before it is polled, and never moves again.
use async_playground::prelude::{println, *};

fn main() {
    let future = async {
        let words = ["pin", "unpin", "self-referential"];
        let longest = words.iter().max_by_key(|word| word.len());
        println!("found the longest word, now waiting");
        yield_now().await; // `words` and the borrow `longest` are both kept across this await
        println!("still valid after the await: {longest:?}");
    };
    let pinned = Box::pin(future); // from here until it is dropped, the future stays put
    block_on(pinned);
}
