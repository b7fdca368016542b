// `futures::stream::*` does not hold `join_all` (it is in `futures::future`): rustc rejects it.
// expect: E0425 at line 8
use futures::executor::block_on;
use futures::stream::*;

fn main() {
    let firsts: Vec<u32> = block_on(iter(vec![1, 2]).collect());
    let all = block_on(join_all(vec![async { 1 }, async { 2 }]));
    println!("{firsts:?} {all:?}");
}
