// `select_biased!` in a loop over two fused futures: the branch listed first wins when both
// are ready, a finished branch is skipped, and `complete` ends the loop once both are done.
use async_playground::prelude::{println, *};
use futures::{select_biased, FutureExt};

async fn steps(name: &str, count: u32) -> u32 {
    for step in 1..=count {
        println!("{name}: step {step}");
        yield_now().await;
    }
    count * 10
}

fn main() {
    block_on(async {
        let mut a = steps("a", 2).boxed_local().fuse();
        let mut b = steps("b", 2).boxed_local().fuse();
        let mut total = 0;
        loop {
            select_biased! {
                x = a => {
                    println!("a finished with {x}");
                    total += x;
                }
                y = b => {
                    println!("b finished with {y}");
                    total += y;
                }
                complete => break,
            }
        }
        println!("total {total}");
    });
}
