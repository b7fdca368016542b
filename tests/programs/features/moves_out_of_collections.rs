// Values moved out of collections drop with their new owner: `for item in group` consumes the
// vector, so each item drops at the end of its turn round the loop (`into_iter()` consumes it
// too, each item dropping once the closure is done with it); a value taken with
// `pop().unwrap()` and moved into an `async move` task drops when that task ends. An array of
// numbers is `Copy`: looping over it, passing it and capturing it leave it usable.
use async_playground::prelude::{println, *};

struct Noisy(String);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn first(numbers: [i32; 3]) -> i32 {
    numbers[0]
}

fn main() {
    block_on(async {
        let mut pile = vec![Noisy("first".to_string()), Noisy("second".to_string())];
        let last = pile.pop().unwrap();
        let task = spawn("last", async move {
            yield_now().await;
            println!("the task holds {}", last.0);
        });
        task.await;
        println!("the popped value dropped with its task; {} left", pile.len());

        let group = vec![Noisy("a".to_string()), Noisy("b".to_string())];
        for item in group {
            println!("looking at {}", item.0);
        }
        println!("the loop consumed the vector");

        let pair = vec![Noisy("c".to_string()), Noisy("d".to_string())];
        let names: Vec<String> = pair.into_iter().map(|item| item.0.clone()).collect();
        println!("into_iter took the vector: {names:?}");

        let numbers = [3, 1, 2];
        let mut total = 0;
        for n in numbers {
            total += n;
        }
        let copied = async move { numbers.len() };
        println!("{numbers:?} sum to {total}, start with {}", first(numbers));
        println!("the future saw {} numbers", copied.await);
    });
}
