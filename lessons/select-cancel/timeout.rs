// A timeout is a race between the work and a `sleep`. When the timer wins, `select` returns and
// the unfinished work is dropped: that is cancellation. `Guard`'s `Drop` makes it visible, since
// dropping a future drops the locals it holds at the `.await` where it stopped.
use async_playground::prelude::{println, *};
use futures::future::{self, Either};

struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("{}: dropped", self.0);
    }
}

async fn fetch(name: &'static str, millis: u64) -> &'static str {
    let _guard = Guard(name);
    println!("{name}: started, needs {millis} ms");
    sleep(millis).await;
    println!("{name}: finished");
    name
}

async fn with_timeout(name: &'static str, millis: u64, limit: u64) {
    let work = Box::pin(fetch(name, millis));
    match future::select(work, Box::pin(sleep(limit))).await {
        Either::Left((result, _timer)) => println!("{result} arrived in time"),
        Either::Right(((), _work)) => println!("{name}: timed out after {limit} ms"),
    }
}

fn main() {
    block_on(async {
        with_timeout("quick", 10, 20).await;
        with_timeout("slow", 50, 20).await;
        println!("done");
    });
}
