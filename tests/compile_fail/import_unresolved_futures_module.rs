// futures 0.1's `futures::sync` is gone in 0.3: rustc cannot find the module.
// expect: E0432 at line 4
use futures::executor::block_on;
use futures::sync::oneshot;

fn main() {
    let (tx, rx) = oneshot::channel::<u32>();
    tx.send(1).unwrap();
    println!("{:?}", block_on(rx));
}
