// `.collect()` on `stream::iter(..)` with only `Stream` imported, not `StreamExt`: rustc
// rejects it.
// expect: E0599 at line 9
use futures::executor::block_on;
use futures::stream::{self, Stream};

fn main() {
    let numbers = stream::iter(vec![1, 2, 3]);
    let all: Vec<i32> = block_on(numbers.collect());
    println!("{all:?}");
    let _: &dyn Stream<Item = i32> = &stream::iter(vec![4]);
}
