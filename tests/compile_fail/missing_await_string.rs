// A forgotten `.await` on an `async fn` returning a `String`: rustc rejects it.
// expect: E0308 at line 10
use futures::executor::block_on;

async fn name() -> String {
    String::from("ferris")
}

async fn greet() {
    let who: String = name();
    println!("hello {who}");
}

fn main() {
    block_on(greet());
}
