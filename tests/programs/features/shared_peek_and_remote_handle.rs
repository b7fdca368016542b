// futures' `Shared::peek` answers, without polling, the output once some handle has finished
// the shared future; `remote_handle` splits a future into the crate's `Remote`, which runs it
// (here in a spawned task), and a `RemoteHandle` that gives its output. A handle dropped
// before the output came lets the remote stop at its next poll.
use async_playground::prelude::{println, *};
use futures::future::{self, FutureExt};

async fn slow_square(n: u32) -> u32 {
    println!("squaring {n}");
    yield_now().await;
    n * n
}

fn main() {
    block_on(async {
        let shared = slow_square(3).shared();
        let other = shared.clone();
        println!("peek before: {:?}", shared.peek());
        println!("awaited: {}", other.await);
        println!("peek after: {:?}", shared.peek());
        println!("ready peek: {:?}", future::ready("x").shared().peek());

        let (remote, handle) = slow_square(4).remote_handle();
        spawn("remote", remote);
        println!("handle gives {}", handle.await);

        let (remote, handle) = async {
            yield_now().await;
            println!("never printed: the handle is gone");
        }
        .remote_handle();
        let task = spawn("dropped handle", remote);
        drop(handle);
        task.await;
        println!("the remote ended without its output");
    });
}
