// A chain of combinators: `map`, `then`, `and_then` and `Either`, including an `Err` that
// short-circuits the rest of an `and_then` chain.
use async_playground::prelude::{println, *};
use futures::future::{ready, Either, FutureExt, TryFutureExt};

async fn parse(text: &str) -> Result<u32, String> {
    match text.parse::<u32>() {
        Ok(number) => Ok(number),
        Err(_) => Err(format!("{text:?} is not a number")),
    }
}

async fn halve(number: u32) -> Result<u32, String> {
    yield_now().await;
    if number % 2 == 1 {
        Err(format!("{number} is odd"))
    } else {
        Ok(number / 2)
    }
}

fn main() {
    block_on(async {
        for input in ["12", "7", "x"] {
            let result = parse(input).and_then(halve).and_then(halve).await;
            println!("{input}: {result:?}");
        }
        let doubled = ready(21).map(|n| n * 2).then(|n| async move { n + 1 }).await;
        println!("doubled and incremented: {doubled}");
        for small in [true, false] {
            let branch = if small { Either::Left(ready("left")) } else { Either::Right(async { "right" }) };
            println!("branch: {}", branch.await);
        }
    });
}
