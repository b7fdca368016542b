// Two workers joined inside one task. Their loops contain no `.await`, so worker `a` runs all
// of its steps before worker `b` gets its first turn: async tasks only switch where they await.
use async_playground::prelude::{println, *};
use futures::join;

async fn worker(name: &str) {
    for step in 1..=3 {
        println!("{name}: step {step}");
    }
}

fn main() {
    block_on(async {
        join!(worker("a"), worker("b"));
    });
}
