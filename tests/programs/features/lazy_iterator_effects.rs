// Iterator adapters are lazy: a `map` closure's print runs item by item as the `for` loop
// pulls, interleaved with the loop body, and nothing runs for an iterator never consumed.
use async_playground::prelude::{println, *};

fn main() {
    block_on(async {
        let doubled = [1, 2, 3].iter().map(|n| {
            println!("doubling {n}");
            n * 2
        });
        println!("nothing doubled yet");
        for n in doubled {
            println!("got {n}");
            yield_now().await;
        }
        let _never = (1..4).map(|n| {
            println!("never printed {n}");
            n * 10
        });
        let firsts: Vec<i32> = (1..100)
            .inspect(|n| println!("looking at {n}"))
            .filter(|n| n % 2 == 0)
            .take(2)
            .collect();
        println!("{firsts:?}");
    });
}
