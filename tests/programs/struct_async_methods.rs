// A struct with async methods that take `&mut self` across awaits, and a plain method reading
// its fields.
use async_playground::prelude::{println, *};

struct Counter {
    name: String,
    count: u32,
}

impl Counter {
    fn new(name: &str) -> Counter {
        Counter { name: name.to_string(), count: 0 }
    }

    async fn bump(&mut self, by: u32) {
        yield_now().await;
        self.count += by;
        println!("{} bumped by {by} to {}", self.name, self.count);
    }

    async fn bump_twice(&mut self) -> u32 {
        self.bump(1).await;
        self.bump(2).await;
        self.count
    }

    fn describe(&self) -> String {
        format!("{} = {}", self.name, self.count)
    }
}

fn main() {
    let counter = block_on(async {
        let mut counter = Counter::new("clicks");
        let total = counter.bump_twice().await;
        println!("total {total}");
        counter
    });
    println!("{}", counter.describe());
}
