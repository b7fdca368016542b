// `example` written with `.await`: it waits on `get_text()`, pads the text when it is shorter
// than `min_len`, and shouts it. Each `.await` that is not ready yet is a state of the machine.
use async_playground::prelude::{println, *};

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

async fn example(min_len: usize) -> String {
    let text = get_text().await;
    let text = if text.len() < min_len {
        pad(text, min_len).await
    } else {
        text
    };
    text.to_uppercase()
}

fn main() {
    let shout = block_on(example(7));
    println!("example gave {shout}");
}
