// A combinator drops its inner future and its function once the inner future is ready, as
// futures' `Map` does, so what they captured is gone before the next combinator runs, even
// when the function is passed over (`map_ok` of an `Err`).
use async_playground::prelude::{println, *};
use futures::future::{self, FutureExt, TryFutureExt};

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    block_on(async {
        let first = Noisy("what map_ok captured");
        let second = Noisy("what map captured");
        let out = future::ready::<Result<i32, i32>>(Err(1))
            .map_ok(move |x| {
                let _keep = &first;
                x + 1
            })
            .map(move |r| {
                println!("map runs with {:?}", r);
                let _keep = &second;
                r
            })
            .await;
        println!("out: {:?}", out);
    });
}
