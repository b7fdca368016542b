// Three tasks that yield after every line take turns in spawn order, each going to the back of
// the run queue when it yields; a task that finishes early simply drops out.
use async_playground::prelude::{println, *};
use futures::future::join3;

async fn chatter(name: &'static str, lines: u32) {
    for line in 1..=lines {
        println!("{name} {line}");
        yield_now().await;
    }
}

fn main() {
    block_on(async {
        let a = spawn("a", chatter("a", 3));
        let b = spawn("b", chatter("b", 1));
        let c = spawn("c", chatter("c", 2));
        join3(a, b, c).await;
        println!("all done");
    });
}
