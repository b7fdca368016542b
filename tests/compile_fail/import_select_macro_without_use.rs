// `select!` without `use futures::select`: rustc cannot find the macro.
// expect: error at line 9
use futures::executor::block_on;
use futures::future::FutureExt;

async fn race() {
    let mut a = async { 1 }.boxed().fuse();
    let mut b = async { 2 }.boxed().fuse();
    select! {
        x = a => println!("a: {x}"),
        y = b => println!("b: {y}"),
    }
}

fn main() {
    block_on(race());
}
