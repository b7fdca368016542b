// A program's own `Ord`, `PartialOrd` and `PartialEq` impls decide `sort`, `sort_unstable`,
// `sort_by_key`, `max`, `min`, `binary_search`, `dedup`, `contains`, and `==` and `<` on
// vectors, tuples and options holding the program's values.
use async_playground::prelude::{println, *};
use std::cmp::Ordering;

#[derive(Debug, Clone)]
struct Task {
    name: &'static str,
    priority: u8,
}

impl PartialEq for Task {
    fn eq(&self, other: &Self) -> bool {
        self.priority == other.priority
    }
}

impl Eq for Task {}

impl PartialOrd for Task {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Task {
    // Highest priority first.
    fn cmp(&self, other: &Self) -> Ordering {
        other.priority.cmp(&self.priority)
    }
}

fn task(name: &'static str, priority: u8) -> Task {
    Task { name, priority }
}

fn names(tasks: &[Task]) -> Vec<&'static str> {
    tasks.iter().map(|t| t.name).collect()
}

async fn schedule(mut tasks: Vec<Task>) -> Vec<&'static str> {
    yield_now().await;
    tasks.sort();
    names(&tasks)
}

fn main() {
    block_on(async {
        let tasks = vec![task("write", 2), task("read", 9), task("idle", 0), task("log", 2)];
        println!("{:?}", schedule(tasks.clone()).await);
        let mut unstable = tasks.clone();
        unstable.sort_unstable();
        println!("{:?}", unstable.iter().map(|t| t.priority).collect::<Vec<_>>());
        let mut by_key = Vec::from([(task("a", 1), 2), (task("b", 5), 1)]);
        by_key.sort_by_key(|pair| pair.0.clone());
        println!("{:?}", by_key.iter().map(|p| p.0.name).collect::<Vec<_>>());
        let first = tasks.iter().max().map(|t| t.name);
        let last = tasks.iter().min().map(|t| t.name);
        println!("max {first:?} min {last:?}");
        let mut sorted = tasks.clone();
        sorted.sort();
        println!("{:?}", sorted.binary_search(&task("any", 2)).is_ok());
        println!("{}", tasks.contains(&task("other", 9)));
        let mut runs = vec![task("x", 1), task("y", 1), task("z", 3)];
        runs.dedup();
        println!("{:?}", names(&runs));
        println!("{}", vec![task("p", 4)] == vec![task("q", 4)]);
        println!("{}", (task("p", 4), 1) == (task("q", 4), 1));
        println!("{}", Some(task("p", 7)) < Some(task("q", 3)));
        println!("{}", task("p", 7) < task("q", 3));
    });
}
