// Rust 2021 closures capture only the fields they use: a closure that pushes to
// `config.log` leaves `config.retries` free to read while it lives, a `move` closure that
// names `config.name` takes that field alone, and an `async move` task that uses
// `config.log` takes only the log, so the rest of `config` stays usable after both.
use async_playground::prelude::{println, *};

struct Config {
    name: String,
    retries: u32,
    log: Vec<String>,
}

fn main() {
    block_on(async {
        let mut config = Config {
            name: "fetch".to_string(),
            retries: 3,
            log: Vec::new(),
        };
        let mut note = |line: &str| config.log.push(line.to_string());
        note("start");
        println!("retries while the closure lives: {}", config.retries);
        note("again");

        let label = move || format!("task {}", config.name);
        println!("{}", label());
        println!("still usable: {} retries", config.retries);

        let worker = spawn("worker", async move {
            yield_now().await;
            println!("the worker has {} log lines", config.log.len());
        });
        config.retries += 1;
        println!("retries now {}", config.retries);
        worker.await;
    });
}
