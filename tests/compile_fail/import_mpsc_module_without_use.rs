// `mpsc::unbounded()` with only `futures::channel` in mind and nothing imported: rustc cannot
// find the module.
// expect: E0433 at line 7
use futures::executor::block_on;

fn main() {
    let (tx, rx) = mpsc::unbounded::<u32>();
    tx.unbounded_send(1).unwrap();
    drop(tx);
    drop(block_on(async { rx }));
}
