// When the first future of an `and_then` chain fails, the closure is never called: `eat` never
// runs, the error passes through, and `map` turns it into 0 kcal.
use async_playground::prelude::{println, *};
use futures::future::{FutureExt, TryFutureExt};

async fn get_breakfast() -> Result<String, String> {
    println!("making breakfast");
    Err(String::from("burnt"))
}

async fn eat(food: String) -> Result<u32, String> {
    println!("eating {food}");
    Ok(300)
}

async fn morning() {
    let meal = get_breakfast().and_then(|food| eat(food));
    let calories = meal
        .map(|result| match result {
            Ok(calories) => calories,
            Err(why) => {
                println!("no breakfast: {why}");
                0
            }
        })
        .await;
    println!("{calories} kcal");
}

fn main() {
    block_on(morning());
}
