// `select_biased!` checks its branches in the order written, so when both are ready the first
// always wins. `select!` checks them in a random order, which matters only when several are
// ready at once; below, the kettle and the toaster finish at different times, so it gives the
// same answer on every run. `fuse` makes a finished future safe to poll again, so the loop can
// skip it, and `complete` runs once every branch has finished.
use async_playground::prelude::{println, *};
use futures::future;
use futures::{select, select_biased, FutureExt};

fn main() {
    block_on(async {
        for round in 1..=3 {
            let picked = select_biased! {
                tea = future::ready("tea").fuse() => tea,
                coffee = future::ready("coffee").fuse() => coffee,
            };
            println!("round {round}: select_biased! picked {picked}");
        }

        let mut kettle = sleep(30).fuse();
        let mut toaster = sleep(10).fuse();
        loop {
            select! {
                _ = kettle => println!("the kettle boiled"),
                _ = toaster => println!("the toast popped"),
                complete => break,
            }
        }
        println!("breakfast is ready");
    });
}
