// Source: rust-lang/futures-rs, branch 0.3, futures/tests/macro_comma_support.rs (the futures
// crate's own tests of its macros with a trailing comma): ready, poll, join and try_join.
// Adapted: the `#[test]` functions are called in turn by `main`, which prints each one's name
// once it passed.
use futures::{
    executor::block_on,
    future::{self, FutureExt},
    join, ready,
    task::Poll,
    try_join,
};

fn ready() {
    block_on(future::poll_fn(|_| {
        ready!(Poll::Ready(()),);
        Poll::Ready(())
    }))
}

fn poll() {
    use futures::poll;

    block_on(async {
        let _ = poll!(async {}.boxed(),);
    })
}

fn join() {
    block_on(async {
        let future1 = async { 1 };
        let future2 = async { 2 };
        join!(future1, future2,);
    })
}

fn try_join() {
    block_on(async {
        let future1 = async { 1 }.never_error();
        let future2 = async { 2 }.never_error();
        try_join!(future1, future2,)
    })
    .unwrap();
}

fn main() {
    ready();
    println!("ready: ok");
    poll();
    println!("poll: ok");
    join();
    println!("join: ok");
    try_join();
    println!("try_join: ok");
}
