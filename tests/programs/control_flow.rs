// Everyday control flow inside async code: shadowing, `if let`, `while let`, `match` with guards,
// `continue`, `break` with a value, and `for` over a range and a vector.
use async_playground::prelude::{println, *};

fn classify(n: i32) -> &'static str {
    match n {
        0 => "zero",
        n if n < 0 => "negative",
        n if n % 2 == 0 => "even",
        _ => "odd",
    }
}

async fn run() -> u32 {
    let value = "42";
    let value = value.len();
    let value = value * 2;
    println!("shadowed value: {value}");

    let maybe: Option<u32> = Some(3);
    if let Some(inner) = maybe {
        println!("if let found {inner}");
    }

    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        println!("popped {top}");
        yield_now().await;
    }

    for n in [-2, 0, 7, 10] {
        if n == 7 {
            continue;
        }
        println!("{n} is {}", classify(n));
    }

    let mut attempts = 0;
    let found = loop {
        attempts += 1;
        yield_now().await;
        if attempts * attempts > 10 {
            break attempts;
        }
    };
    found
}

fn main() {
    let found = block_on(run());
    println!("loop broke with {found}");
}
