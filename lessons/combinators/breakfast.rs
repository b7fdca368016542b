// A chain of combinators: `and_then` continues with `eat` only when breakfast is `Ok`, and `map`
// turns the `Result` into a number. Building `meal` runs nothing; the `.await` polls the chain.
use async_playground::prelude::{println, *};
use futures::future::{FutureExt, TryFutureExt};

async fn get_breakfast() -> Result<String, String> {
    println!("making breakfast");
    Ok(String::from("toast"))
}

async fn eat(food: String) -> Result<u32, String> {
    println!("eating {food}");
    Ok(300)
}

async fn morning() {
    let meal = get_breakfast().and_then(|food| eat(food));
    println!("meal planned");
    let calories = meal.map(|result| result.unwrap_or(0)).await;
    println!("{calories} kcal");
}

fn main() {
    block_on(morning());
}
