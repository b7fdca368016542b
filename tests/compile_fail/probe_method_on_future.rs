// A method of the output called on the future, not awaited: rustc rejects it.
// expect: E0599 at line 11
use futures::executor::block_on;

async fn fetch_name() -> String {
    String::from("ana")
}

async fn run() {
    let name = fetch_name();
    println!("{}", name.len());
}

fn main() {
    block_on(run());
}
