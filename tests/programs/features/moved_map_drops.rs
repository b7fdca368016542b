// A `HashMap` of values whose type implements `Drop`, moved into a function, into another
// local and into an async function, drops with its new owner, not at the old local's scope end.
use async_playground::prelude::{println, *};
use std::collections::HashMap;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn consume(map: HashMap<u8, Noisy>) {
    println!("consume {}", map.len());
}

async fn hold(map: HashMap<u8, Noisy>) -> usize {
    yield_now().await;
    map.len()
}

fn main() {
    block_on(async {
        let mut first = HashMap::new();
        first.insert(1, Noisy("one"));
        consume(first);
        println!("after consume");
        let mut second = HashMap::new();
        second.insert(2, Noisy("two"));
        let moved = second;
        {
            let inner = moved;
            println!("inner holds {}", inner.len());
        }
        println!("after inner scope");
        let mut third = HashMap::new();
        third.insert(3, Noisy("three"));
        println!("held {}", hold(third).await);
    });
    println!("end");
}
