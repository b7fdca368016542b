// `select!` with a `default` branch polls each unfinished future once without waiting: when
// none is ready, `default` runs. Only one branch is ever ready at a time there, so the random
// order in which `select!` polls its branches cannot change what is printed; the loop after it
// is biased, because which branch `select!` polls first changes how often the task is polled.
use async_playground::prelude::{println, *};
use futures::future::{self, FutureExt};
use futures::select;

fn main() {
    block_on(async {
        let mut ready = future::ready(5).fuse();
        let mut never = future::pending::<u32>().fuse();
        for round in 1..=3 {
            select! {
                x = ready => println!("round {round}: ready gave {x}"),
                y = never => println!("round {round}: never gave {y}"),
                default => println!("round {round}: nothing is ready"),
            }
        }
        let mut done = future::ready(1).fuse();
        let mut later = async {
            yield_now().await;
            2
        }
        .boxed_local()
        .fuse();
        let mut seen = Vec::new();
        loop {
            futures::select_biased! {
                x = done => seen.push(x),
                y = later => seen.push(y),
                complete => break,
            }
        }
        println!("seen {seen:?}");
    });
}
