// `?` on `Option` and on `Result` with a `From` conversion of the error, in async functions.
use async_playground::prelude::{println, *};
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
    Negative(i64),
}

impl From<ParseIntError> for AppError {
    fn from(error: ParseIntError) -> Self {
        AppError::Parse(error)
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::Parse(error) => write!(f, "not a number: {error}"),
            AppError::Negative(n) => write!(f, "{n} is negative"),
        }
    }
}

async fn parse_positive(text: &str) -> Result<i64, AppError> {
    yield_now().await;
    let n: i64 = text.trim().parse()?;
    if n < 0 {
        return Err(AppError::Negative(n));
    }
    Ok(n)
}

fn second_char_digit(text: &str) -> Option<u32> {
    let c = text.chars().nth(1)?;
    c.to_digit(10)
}

fn main() {
    block_on(async {
        for input in ["42", "-7", "x1"] {
            match parse_positive(input).await {
                Ok(n) => println!("{input}: {n}"),
                Err(error) => println!("{input}: {error}"),
            }
        }
        println!("{:?} {:?} {:?}", second_char_digit("a7"), second_char_digit("ab"), second_char_digit("a"));
    });
}
