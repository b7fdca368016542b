// Source: rust-lang/async-book, examples/01_04_async_await_primer/src/lib.rs, `mod first`
// (chapter 1.4, "async/.await Primer": hello_world).
// Adapted: the example's `main` kept as it is; the `#[test]` wrapper and the chapter's other
// modules left out.
use futures::executor::block_on;

async fn hello_world() {
    println!("hello, world!");
}

fn main() {
    let future = hello_world(); // Nothing is printed
    block_on(future); // `future` is run and "hello, world!" is printed
}
