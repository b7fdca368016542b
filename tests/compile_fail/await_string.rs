// `.await` on a `String`: rustc rejects it.
// expect: E0277 at line 7
use futures::executor::block_on;

async fn run() {
    let s = String::from("not a future");
    s.await;
}

fn main() {
    block_on(run());
}
