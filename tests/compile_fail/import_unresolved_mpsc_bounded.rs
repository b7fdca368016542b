// `futures::channel::mpsc` has `channel` and `unbounded`, not a `bounded` constructor: rustc
// rejects the import.
// expect: E0432 at line 4
use futures::channel::mpsc::{bounded, Receiver};

fn main() {
    let (_tx, _rx): (_, Receiver<u32>) = bounded(4);
}
