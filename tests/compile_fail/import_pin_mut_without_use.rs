// `pin_mut!` without `use futures::pin_mut`: rustc cannot find the macro.
// expect: error at line 8
use futures::executor::block_on;
use futures::future::{select, Either};

async fn race() {
    let slow = async { 1 };
    pin_mut!(slow);
    match select(slow, futures::future::ready(2)).await {
        Either::Left((a, _)) => println!("left {a}"),
        Either::Right((b, _)) => println!("right {b}"),
    }
}

fn main() {
    block_on(race());
}
