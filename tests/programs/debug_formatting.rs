// `{:?}` of nested values: vectors of options of tuples, results, strings with escapes, and
// `{{`/`}}` escapes and inline named arguments in format strings.
use async_playground::prelude::{println, *};

async fn describe() -> String {
    let pairs: Vec<Option<(i32, String)>> = vec![Some((1, String::from("one"))), None, Some((-3, "minus \"three\"".to_string()))];
    let results: Vec<Result<u8, String>> = vec![Ok(7), Err(String::from("bad"))];
    let nested = (true, (1, 2), vec![vec![1, 2], vec![]], Some(Some(0)));
    println!("pairs: {pairs:?}");
    println!("results: {results:?}");
    println!("nested: {nested:?}");
    let name = "braces";
    format!("{{{name}}} and {:?} and {}", "tab\there", 5)
}

fn main() {
    let text = block_on(describe());
    println!("{text}");
}
