// Source: google/comprehensive-rust, src/concurrency/async-exercises/dining-philosophers.rs
// (the async dining philosophers' solution).
// Adapted: no tokio here: the chopsticks are `futures::lock::Mutex`, the thoughts go through
// `futures::channel::mpsc`, and `#[tokio::main]`, `tokio::spawn` and `time::sleep` are the
// playground prelude's `block_on`, `spawn` and `sleep` (the futures crate has no timer); each
// philosopher thinks and eats 3 times instead of 100; and `think` sends through a clone of
// the sender, since a futures `Sender` sends through `&mut`.
use async_playground::prelude::{block_on, sleep, spawn};
use futures::channel::mpsc;
use futures::lock::Mutex;
use futures::{SinkExt, StreamExt};
use std::sync::Arc;

struct Chopstick;

struct Philosopher {
    name: String,
    left_chopstick: Arc<Mutex<Chopstick>>,
    right_chopstick: Arc<Mutex<Chopstick>>,
    thoughts: mpsc::Sender<String>,
}

impl Philosopher {
    async fn think(&self) {
        self.thoughts
            .clone()
            .send(format!("Eureka! {} has a new idea!", &self.name))
            .await
            .unwrap();
    }

    async fn eat(&self) {
        // Keep trying until we have both chopsticks
        // Pick up chopsticks...
        let _left_chopstick = self.left_chopstick.lock().await;
        let _right_chopstick = self.right_chopstick.lock().await;

        println!("{} is eating...", &self.name);
        sleep(5).await;

        // The locks are dropped here
    }
}

// tokio scheduler doesn't deadlock with 5 philosophers, so have 2.
static PHILOSOPHERS: &[&str] = &["Socrates", "Hypatia"];

fn main() {
    block_on(async {
        // Create chopsticks
        let mut chopsticks = vec![];
        PHILOSOPHERS
            .iter()
            .for_each(|_| chopsticks.push(Arc::new(Mutex::new(Chopstick))));

        // Create philosophers
        let (philosophers, mut rx) = {
            let mut philosophers = vec![];
            let (tx, rx) = mpsc::channel(10);
            for (i, name) in PHILOSOPHERS.iter().enumerate() {
                let mut left_chopstick = Arc::clone(&chopsticks[i]);
                let mut right_chopstick = Arc::clone(&chopsticks[(i + 1) % PHILOSOPHERS.len()]);
                if i == PHILOSOPHERS.len() - 1 {
                    std::mem::swap(&mut left_chopstick, &mut right_chopstick);
                }
                philosophers.push(Philosopher {
                    name: name.to_string(),
                    left_chopstick,
                    right_chopstick,
                    thoughts: tx.clone(),
                });
            }
            (philosophers, rx)
            // tx is dropped here, so we don't need to explicitly drop it later
        };

        // Make them think and eat
        for phil in philosophers {
            spawn(phil.name.clone(), async move {
                for _ in 0..3 {
                    phil.think().await;
                    phil.eat().await;
                }
            });
        }

        // Output their thoughts
        while let Some(thought) = rx.next().await {
            println!("Here is a thought: {thought}");
        }
    });
}
