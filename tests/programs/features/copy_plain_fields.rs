// A struct pattern that takes apart a struct of plain `Copy` fields (numbers, `bool`s,
// `&str`s) by value copies what it binds and moves nothing, even when the struct itself is not
// `Copy`: the struct stays whole and usable after a `let`, `match` or `if let` that takes it
// apart.
use async_playground::prelude::{println, *};

#[derive(Debug)]
struct Config {
    retries: u32,
    verbose: bool,
    name: &'static str,
}

fn main() {
    block_on(async {
        let config = Config {
            retries: 3,
            verbose: true,
            name: "probe",
        };
        let Config { mut retries, .. } = config;
        retries += 1;
        println!("{} retries, the config keeps {}", retries, config.retries);
        match config {
            Config { verbose: true, .. } => println!("verbose"),
            Config { retries, .. } => println!("quiet, {} retries", retries),
        }
        if let Config { retries: 3, name, .. } = config {
            println!("name {}", name);
        }
        println!("still whole: {:?}", config);
    });
}
