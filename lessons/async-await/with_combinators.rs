// The same `example`, built from combinators instead of `.await`: `then` continues with a
// second future, `Either` gives both branches one type, and `map` shouts the final text.
use async_playground::prelude::{println, *};
use futures::future::{self, Either, FutureExt};
use std::future::Future;

async fn get_text() -> String {
    println!("fetching the text");
    yield_now().await;
    String::from("rust")
}

async fn pad(text: String, min_len: usize) -> String {
    println!("padding {text:?} to {min_len} characters");
    yield_now().await;
    let mut padded = text;
    while padded.len() < min_len {
        padded = format!("{padded}!");
    }
    padded
}

fn example(min_len: usize) -> impl Future<Output = String> {
    get_text()
        .then(move |text| {
            if text.len() < min_len {
                Either::Left(pad(text, min_len))
            } else {
                Either::Right(future::ready(text))
            }
        })
        .map(|text| text.to_uppercase())
}

fn main() {
    let shout = block_on(example(7));
    println!("example gave {shout}");
}
