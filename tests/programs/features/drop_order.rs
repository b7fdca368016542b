// `Drop` as rustc orders it: locals at the end of their scope in reverse declaration order,
// a temporary at the end of its statement, a moved-out value not at all (a unit struct too:
// it drops with the local it moved to), `drop(x)` at once, and a future dropped before it finished drops the locals it holds at its `.await`.
use async_playground::prelude::{println, *};
use futures::future::{self, Either};

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Unit;

impl Drop for Unit {
    fn drop(&mut self) {
        println!("drop the unit struct");
    }
}

fn consume(noisy: Noisy) {
    println!("consumed {}", noisy.0);
}

async fn holds_a_guard() {
    let _guard = Noisy("guard held across the await");
    println!("holding the guard, then waiting forever");
    futures::future::pending::<()>().await;
}

fn main() {
    block_on(async {
        let _first = Noisy("first");
        let _second = Noisy("second");
        let moved = Noisy("moved");
        consume(moved);
        let early = Noisy("early");
        drop(early);
        println!("length of a temporary's name: {}", Noisy("temporary").0.len());
        {
            let _inner = Noisy("inner");
            println!("leaving the inner block");
        }
        let unit = Unit;
        {
            let _taken = unit;
            println!("leaving the block that took the unit struct");
        }
        let raced = future::select(Box::pin(holds_a_guard()), Box::pin(yield_now())).await;
        if let Either::Right(((), still_waiting)) = raced {
            println!("gave up waiting");
            drop(still_waiting);
        }
        println!("end of main's future");
    });
}
