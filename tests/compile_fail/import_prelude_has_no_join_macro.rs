// `futures::prelude::*` holds traits and modules, not the `join!` macro: rustc rejects it.
// expect: error at line 6
use futures::prelude::*;

async fn both() {
    let (a, b) = join!(future::ready(1), future::ready(2));
    println!("{a} {b}");
}

fn main() {
    futures::executor::block_on(both());
}
