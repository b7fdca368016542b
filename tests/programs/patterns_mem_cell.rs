// Patterns and small std tools learners reach for: the unit pattern (also nested, after a
// `select` of a timeout), slice patterns, `matches!` with a guard, `let else`, `?` on `Option`
// and on `Result<_, Box<dyn Error>>` and with a user `From` for the error,
// `std::mem::{replace, take, swap}` and `Cell`.
use async_playground::prelude::{println, *};
use futures::future::{select, Either};
use std::cell::Cell;
use std::error::Error;
use std::num::ParseIntError;

#[derive(Debug)]
struct ConfigError {
    reason: String,
}

impl From<ParseIntError> for ConfigError {
    fn from(error: ParseIntError) -> Self {
        ConfigError {
            reason: format!("bad number ({error})"),
        }
    }
}

fn port(text: &str) -> Result<u16, ConfigError> {
    if text.is_empty() {
        Err(ConfigError {
            reason: "empty".to_string(),
        })?;
    }
    let port: u16 = text.parse()?;
    Ok(port)
}

fn describe(items: &[i32]) -> String {
    match items {
        [] => "empty".to_string(),
        [only] => format!("just {only}"),
        [first, .., last] if first == last => format!("same ends {first}"),
        [first, rest @ ..] => format!("{first} then {rest:?}"),
    }
}

fn parse_tagged(text: &str) -> Option<u32> {
    let [tag, digits] = [&text[..1], &text[1..]];
    let true = tag == "#" else {
        return None;
    };
    let Ok(value) = digits.parse::<u32>() else {
        return Some(0);
    };
    Some(value)
}

fn first_even(values: &[u32]) -> Option<u32> {
    let found = values.iter().find(|v| *v % 2 == 0)?;
    Some(*found * 10)
}

fn checked(n: i32) -> Result<i32, Box<dyn Error>> {
    if n < 0 {
        Err("negative input")?;
    }
    let parsed: i32 = "32".parse()?;
    Ok(n + parsed)
}

struct Counter {
    hits: Cell<u32>,
    log: Vec<String>,
}

impl Counter {
    fn hit(&self) -> u32 {
        self.hits.set(self.hits.get() + 1);
        self.hits.get()
    }

    fn flush(&mut self) -> Vec<String> {
        std::mem::take(&mut self.log)
    }
}

fn main() {
    block_on(async {
        let timeout = async {
            yield_now().await;
        };
        let work = async {
            yield_now().await;
            yield_now().await;
            7
        };
        match select(Box::pin(timeout), Box::pin(work)).await {
            Either::Left(((), _)) => println!("timed out first"),
            Either::Right((value, _)) => println!("work gave {value}"),
        }
        let unit = ();
        let () = unit;

        for items in [vec![], vec![4], vec![3, 9, 3], vec![1, 2, 5]] {
            println!("{}", describe(&items));
        }
        for text in ["#12", "x12", "#zz"] {
            println!("{text} -> {:?}", parse_tagged(text));
        }
        let small = |n: i32| matches!(n, 1..=3 | 7);
        let big_even = |n: Option<i32>| matches!(n, Some(v) if v > 10 && v % 2 == 0);
        println!("{} {} {}", small(2), small(7), small(5));
        println!("{} {}", big_even(Some(12)), big_even(Some(11)));
        println!("{:?} {:?}", first_even(&[1, 3, 4]), first_even(&[1]));
        println!("{:?}", checked(10).ok());
        if let Err(error) = checked(-1) {
            println!("error: {error}");
        }

        for text in ["8080", "", "eighty"] {
            match port(text) {
                Ok(port) => println!("port {port}"),
                Err(error) => println!("config error: {}", error.reason),
            }
        }

        let mut name = String::from("old");
        let previous = std::mem::replace(&mut name, String::from("new"));
        println!("{previous} became {name}");
        let mut queue = vec![1, 2, 3];
        let drained = std::mem::take(&mut queue);
        println!("{drained:?} left {queue:?}");
        let (mut left, mut right) = (vec!['a'], vec!['b', 'c']);
        std::mem::swap(&mut left, &mut right);
        println!("{left:?} {right:?}");

        let mut counter = Counter {
            hits: Cell::new(0),
            log: vec!["start".to_string()],
        };
        counter.hit();
        println!("hits {}", counter.hit());
        counter.log.push("more".to_string());
        println!("{:?} then {:?}", counter.flush(), counter.flush());
        let cell = Cell::new(5);
        let old = cell.replace(9);
        println!("{old} {} {} {}", cell.take(), cell.get(), cell.into_inner());
    });
}
