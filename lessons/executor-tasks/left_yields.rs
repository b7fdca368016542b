// The left side of the race now waits once, so `select` finds only the right side ready and
// drops the left future without ever finishing it.
use async_playground::prelude::{println, *};
use futures::future::{self, Either};

fn main() {
    block_on(async {
        let left = Box::pin(async {
            println!("left: started, waiting once");
            yield_now().await;
            println!("left: finished");
            "left"
        });
        let right = Box::pin(async {
            println!("right: started");
            "right"
        });
        match future::select(left, right).await {
            Either::Left((won, _other)) => println!("{won} won"),
            Either::Right((won, _other)) => println!("{won} won"),
        }
    });
}
