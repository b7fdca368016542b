// `async fn` in a trait, called through a generic function and on two implementations, with
// spawned tasks interleaving at their awaits.
use async_playground::prelude::{println, *};

trait Fetcher {
    fn name(&self) -> String;
    async fn fetch(&self, key: u32) -> String;
}

struct Cache;
struct Remote {
    delay_ms: u64,
}

impl Fetcher for Cache {
    fn name(&self) -> String {
        "cache".to_string()
    }
    async fn fetch(&self, key: u32) -> String {
        format!("cached value {key}")
    }
}

impl Fetcher for Remote {
    fn name(&self) -> String {
        format!("remote ({} ms)", self.delay_ms)
    }
    async fn fetch(&self, key: u32) -> String {
        sleep(self.delay_ms).await;
        format!("remote value {key}")
    }
}

async fn fetch_twice<F: Fetcher>(fetcher: F) {
    for key in 1..=2 {
        let value = fetcher.fetch(key).await;
        println!("{} gave {value}", fetcher.name());
    }
}

fn main() {
    block_on(async {
        let remote = spawn("remote", fetch_twice(Remote { delay_ms: 5 }));
        let cache = spawn("cache", fetch_twice(Cache));
        remote.await;
        cache.await;
    });
}
