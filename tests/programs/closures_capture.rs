// Closures capturing by reference, by mutable reference and by move, including a closure that
// returns an `async move` block and one called from inside a task.
use async_playground::prelude::{println, *};

fn main() {
    let greeting = String::from("hi");
    let greet = |name: &str| format!("{greeting}, {name}");
    println!("{}", greet("ann"));

    let mut calls = 0;
    let mut count = || {
        calls += 1;
        calls
    };
    count();
    count();
    println!("called {} times", count());

    let make_job = |id: u32| async move {
        yield_now().await;
        id * 100
    };
    let label = String::from("jobs");
    let total = block_on(async move {
        let first = make_job(1).await;
        let second = make_job(2).await;
        println!("{label} done");
        first + second
    });
    println!("total {total}");
}
