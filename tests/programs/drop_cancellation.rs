// Cancellation made visible by `Drop`: a future dropped before it finished drops the locals it
// holds at its current `.await` (the loser of a `select`), a finished future dropped its locals
// as it returned, a loser kept and awaited later finishes normally, and a future never polled
// drops only what it captured.
use async_playground::prelude::{println, *};
use futures::future::{select, Either};

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

async fn worker(name: &'static str, steps: u32) -> &'static str {
    let _held = Noisy(name);
    for step in 0..steps {
        println!("{name} step {step}");
        yield_now().await;
    }
    name
}

fn main() {
    block_on(async {
        let slow = Box::pin(worker("slow", 5));
        let fast = Box::pin(worker("fast", 1));
        match select(slow, fast).await {
            Either::Left((winner, _)) => println!("left won: {winner}"),
            Either::Right((winner, _)) => println!("right won: {winner}"),
        }
        println!("after the first select");

        let kept = Box::pin(worker("kept", 2));
        let quick = Box::pin(worker("quick", 0));
        let rest = match select(quick, kept).await {
            Either::Left((winner, rest)) => {
                println!("{winner} won, the loser is kept");
                rest
            }
            Either::Right((winner, _)) => panic!("{winner} should not win"),
        };
        println!("the kept loser gives {}", rest.await);

        let token = Noisy("captured token");
        let never = async move {
            let inside = token;
            println!("never printed {}", inside.0);
        };
        drop(never);
        println!("end");
    });
}
