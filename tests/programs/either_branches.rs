// A plain function returning different futures from its branches: `Either` gives them one type,
// and only the chosen branch is ever polled.
use async_playground::prelude::{println, *};
use futures::future::{ready, Either};
use std::future::Future;

async fn fetch(key: &'static str) -> String {
    println!("fetching {key}");
    yield_now().await;
    format!("value of {key}")
}

fn lookup(key: &'static str, cached: bool) -> impl Future<Output = String> {
    if cached {
        Either::Left(ready(format!("cached {key}")))
    } else {
        Either::Right(fetch(key))
    }
}

fn main() {
    block_on(async {
        println!("{}", lookup("a", true).await);
        println!("{}", lookup("b", false).await);
    });
}
