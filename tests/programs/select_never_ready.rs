// `select` with one side that is never ready: the other side wins, and the pending side is
// handed back unfinished; polling it again would still find it pending.
use async_playground::prelude::{println, *};
use futures::future::{self, pending, Either};

fn main() {
    block_on(async {
        let never = Box::pin(pending::<u32>());
        let slow = Box::pin(async {
            for step in 1..=2 {
                println!("slow: step {step}");
                yield_now().await;
            }
            7
        });
        match future::select(never, slow).await {
            Either::Left((value, _)) => println!("never gave {value}"),
            Either::Right((value, still_pending)) => {
                println!("slow won with {value}");
                drop(still_pending);
                println!("the pending side was dropped");
            }
        }
    });
}
