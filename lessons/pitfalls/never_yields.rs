// Starvation: `hog` awaits only futures that are ready at once, which never hands control back,
// so it runs all of its rounds before `polite` gets a single turn.
use async_playground::prelude::{println, *};
use futures::future::ready;
use futures::join;

async fn hog() {
    for round in 1..=4 {
        let value = ready(round * 10).await; // ready at once: no switch happens here
        println!("hog: round {round} computed {value}");
    }
}

async fn polite() {
    for round in 1..=2 {
        println!("polite: round {round}");
        yield_now().await;
    }
}

fn main() {
    block_on(async {
        let polite = spawn("polite", polite());
        let hog = spawn("hog", hog());
        join!(polite, hog);
    });
}
