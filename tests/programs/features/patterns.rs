// Patterns learners write: the unit pattern after a select against a timeout, slice patterns,
// `matches!`, `let else`, and nested enum patterns.
use async_playground::prelude::{println, *};
use futures::future::{self, Either};
use std::pin::pin;

fn describe(items: &[i32]) -> String {
    match items {
        [] => "empty".to_string(),
        [only] => format!("just {only}"),
        [first, .., last] => format!("{first} to {last}"),
    }
}

fn first_word_length(text: &str) -> usize {
    let Some(word) = text.split_whitespace().next() else {
        return 0;
    };
    word.len()
}

fn main() {
    block_on(async {
        let timeout = pin!(sleep(10));
        let slow = pin!(async {
            sleep(100).await;
            "slow answer"
        });
        match future::select(slow, timeout).await {
            Either::Left((answer, _)) => println!("got {answer}"),
            Either::Right(((), _)) => println!("timed out"),
        }
        println!("{}", describe(&[]));
        println!("{}", describe(&[7]));
        println!("{}", describe(&[1, 2, 3]));
        println!("{}", first_word_length("  hello world"));
        println!("{}", first_word_length("   "));
        let letter = 'q';
        println!("{}", matches!(letter, 'a'..='m' | 'x'));
        println!("{}", matches!(Some(3), Some(n) if n > 5));
    });
}
