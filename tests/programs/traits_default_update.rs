// `Default`: `#[derive(Default)]` on a struct of std types and on an enum with a `#[default]`
// variant, a hand-written `impl Default`, `Type::default()`, `Default::default()` under a `let`
// annotation, struct update syntax with `..Default::default()` and with another value (the
// written fields are evaluated first), a cast to a trait object, and `Into` through a
// hand-written `From` picked by a `let` annotation.
use async_playground::prelude::{println, *};
use std::fmt::Debug;

#[derive(Debug, Default, Clone)]
struct Config {
    name: String,
    retries: u32,
    verbose: bool,
    ratio: f64,
    tags: Vec<String>,
    level: Level,
    limit: Option<u8>,
    pair: (i32, char),
}

#[derive(Debug, Default, Clone, Copy, PartialEq)]
enum Level {
    Low,
    #[default]
    Mid,
    High,
}

#[derive(Debug)]
struct Server {
    port: u16,
    host: String,
}

impl Default for Server {
    fn default() -> Self {
        println!("making a default server");
        Server { port: 8080, host: "localhost".to_string() }
    }
}

#[derive(Debug)]
struct Celsius(f64);

#[derive(Debug)]
struct Fahrenheit(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

async fn configure() -> Config {
    yield_now().await;
    Config { retries: 3, tags: vec!["fast".to_string()], ..Default::default() }
}

fn main() {
    let plain = Config::default();
    println!("{:?}", plain);
    println!("{} {} {:?} {:?}", plain.verbose, plain.ratio, plain.limit, plain.pair);
    let tuned = block_on(configure());
    println!("{} {:?} {:?} {}", tuned.retries, tuned.tags, tuned.level, tuned.name.is_empty());
    let server: Server = Default::default();
    println!("{:?} {} {}", server, server.port, server.host);
    let other = Server {
        port: {
            println!("port first");
            1
        },
        ..Server::default()
    };
    println!("{:?}", other);
    let level: Level = Default::default();
    println!("{:?} {}", level, level == Level::Mid && Level::Low != Level::High);
    let renamed = Config { name: "x".into(), ..plain.clone() };
    println!("{:?} {}", renamed.name, renamed.retries);
    let count: u64 = Default::default();
    let shown = Box::new(count) as Box<dyn Debug>;
    println!("{:?}", shown);
    let hot: Fahrenheit = Celsius(100.0).into();
    println!("{:?} {:?} {}", hot, Fahrenheit::from(Celsius(0.0)), hot.0);
}
