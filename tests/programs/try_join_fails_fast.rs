// `try_join!` polls every future in order each round and ends at the first `Err`, dropping
// the others unfinished; otherwise it gives `Ok` of every output. `future::try_join` does the
// same for two futures.
use async_playground::prelude::{println, *};
use futures::future;

async fn fetch(name: &str, rounds: u32, fail: bool) -> Result<u32, String> {
    for round in 1..=rounds {
        println!("{name}: round {round}");
        yield_now().await;
    }
    if fail {
        Err(format!("{name} failed"))
    } else {
        Ok(rounds)
    }
}

fn main() {
    block_on(async {
        let all = futures::try_join!(fetch("a", 1, false), fetch("b", 2, false));
        println!("{all:?}");
        let first_err = futures::try_join!(
            fetch("c", 3, false),
            fetch("d", 1, true),
            fetch("e", 2, false)
        );
        println!("{first_err:?}");
        let pair = future::try_join(fetch("f", 1, false), fetch("g", 0, false)).await;
        println!("{pair:?}");
        let many = future::try_join_all(vec![fetch("h", 2, false), fetch("i", 1, true)]).await;
        println!("{many:?}");
    });
}
