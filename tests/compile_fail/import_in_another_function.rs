// A `use` inside one function's body does not reach another function: rustc rejects it.
// expect: E0425 at line 10
fn first() {
    use futures::executor::block_on;
    block_on(async { println!("first") });
}

fn second() {
    // Only `first` imported `block_on`.
    block_on(async { println!("second") });
}

fn main() {
    first();
    second();
}
