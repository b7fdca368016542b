// `futures::future::*` does not hold `block_on` (it is in `futures::executor`): rustc rejects it.
// expect: E0425 at line 9
use futures::future::*;

fn main() {
    let both = join(ready(1), ready(2));
    let (a, b) = futures::executor::block_on(both);
    println!("{a} {b}");
    block_on(ready(()));
}
