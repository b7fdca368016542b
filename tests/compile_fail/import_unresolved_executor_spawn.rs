// `futures::executor` has no free `spawn` (tasks go through a spawner): rustc rejects the import.
// expect: E0432 at line 3
use futures::executor::{block_on, spawn};

async fn work() {
    println!("working");
}

fn main() {
    spawn(work());
    block_on(work());
}
