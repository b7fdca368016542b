// `a.await; b.await` runs `b` only after `a` has finished; `join!(a, b)` polls both in the same
// task, so while one waits the other makes progress. Both use the virtual clock's `sleep`, and
// the Timeline shows the joined pair finishing in the time of the longer one.
use async_playground::prelude::{println, *};
use futures::join;

async fn brew(what: &str, millis: u64) -> &str {
    println!("{what}: started");
    sleep(millis).await;
    println!("{what}: ready after {millis} ms");
    what
}

fn main() {
    block_on(async {
        println!("one after the other:");
        let tea = brew("tea", 30).await;
        let toast = brew("toast", 20).await;
        println!("served {tea} and {toast}");

        println!("together:");
        let (tea, toast) = join!(brew("tea", 30), brew("toast", 20));
        println!("served {tea} and {toast}");
    });
}
