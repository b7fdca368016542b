// Source: rust-lang/futures-rs, branch 0.3, futures/tests/future_inspect.rs (smoke) and
// futures/tests/future_fuse.rs (fuse), the futures crate's own tests.
// Adapted: no `futures_test` here, so `fuse` polls with futures' `noop_waker` where the test
// uses a waker that panics when woken (nothing wakes it); the `#[test]` functions are called
// in turn by `main`, which prints each one's name once it passed.
use futures::executor::block_on;
use futures::future::{self, FutureExt};
use futures::task::{noop_waker, Context};

fn smoke() {
    let mut counter = 0;

    {
        let work = future::ready::<i32>(40).inspect(|val| {
            counter += *val;
        });
        assert_eq!(block_on(work), 40);
    }

    assert_eq!(counter, 40);
}

fn fuse() {
    let mut future = future::ready::<i32>(2).fuse();
    let waker = noop_waker();
    let mut cx = Context::from_waker(&waker);
    assert!(future.poll_unpin(&mut cx).is_ready());
    assert!(future.poll_unpin(&mut cx).is_pending());
}

fn main() {
    smoke();
    println!("smoke: ok");
    fuse();
    println!("fuse: ok");
}
