// `block_on` called without `use futures::executor::block_on`: rustc rejects it.
// expect: E0425 at line 8
async fn hello() {
    println!("hello");
}

fn main() {
    block_on(hello());
}
