// Source: google/comprehensive-rust, src/concurrency/async-pitfalls/async-traits.md ("Async
// Traits").
// Adapted: no `async_trait` crate here: `sleep` returns the `LocalBoxFuture` that the
// attribute would have written; no tokio, so the sleep is the playground prelude's on its
// virtual clock, run by its `block_on`; `Instant` is the virtual clock's reading before and
// after; and the sleepers run 2 times instead of 5.
use async_playground::prelude::{block_on, sleep};
use futures::future::{FutureExt, LocalBoxFuture};
use std::cell::Cell;
use std::rc::Rc;

trait Sleeper {
    fn sleep(&self) -> LocalBoxFuture<'_, ()>;
}

struct FixedSleeper {
    sleep_ms: u64,
    clock: Rc<Cell<u64>>,
}

impl Sleeper for FixedSleeper {
    fn sleep(&self) -> LocalBoxFuture<'_, ()> {
        async move {
            sleep(self.sleep_ms).await;
            self.clock.set(self.clock.get() + self.sleep_ms);
        }
        .boxed_local()
    }
}

async fn run_all_sleepers_multiple_times(
    sleepers: Vec<Box<dyn Sleeper>>,
    n_times: usize,
    clock: Rc<Cell<u64>>,
) {
    for _ in 0..n_times {
        println!("Running all sleepers...");
        for sleeper in &sleepers {
            let start = clock.get();
            sleeper.sleep().await;
            println!("Slept for {} ms", clock.get() - start);
        }
    }
}

fn main() {
    let clock = Rc::new(Cell::new(0));
    let sleepers: Vec<Box<dyn Sleeper>> = vec![
        Box::new(FixedSleeper { sleep_ms: 50, clock: clock.clone() }),
        Box::new(FixedSleeper { sleep_ms: 100, clock: clock.clone() }),
    ];
    block_on(run_all_sleepers_multiple_times(sleepers, 2, clock));
}
