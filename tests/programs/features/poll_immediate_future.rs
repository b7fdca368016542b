// `future::poll_immediate` awaited as a future: it polls its future once, giving `Some` of
// the output if that poll finished it and `None` if not (the same value, kept, is also a
// stream of polls).
use async_playground::prelude::{println, *};
use futures::future::{self, poll_immediate};

fn main() {
    block_on(async {
        let ready = poll_immediate(async { 7 }).await;
        println!("a ready future: {ready:?}");
        let waiting = poll_immediate(future::pending::<u32>()).await;
        println!("a pending future: {waiting:?}");
        let slow = poll_immediate(async {
            yield_now().await;
            "late"
        })
        .await;
        println!("a future that yields first: {slow:?}");
    });
}
