// Source: rust-lang/futures-rs, branch 0.3, futures/tests/async_await_macros.rs (the futures
// crate's own tests of its macros): poll_and_pending, join, select, select_grammar and
// select_biased.
// Adapted: those five `#[test]` functions are called in turn by `main`, which prints each
// one's name once it passed; the file's other tests are left out.
use futures::channel::oneshot;
use futures::executor::block_on;
use futures::future::{self, FutureExt};
use futures::task::Poll;
use futures::{join, pending, poll, select, select_biased};
use std::pin::pin;

fn poll_and_pending() {
    let pending_once = async { pending!() };
    block_on(async {
        let mut pending_once = pin!(pending_once);
        assert_eq!(Poll::Pending, poll!(&mut pending_once));
        assert_eq!(Poll::Ready(()), poll!(&mut pending_once));
    });
}

fn join() {
    let (tx1, rx1) = oneshot::channel::<i32>();
    let (tx2, rx2) = oneshot::channel::<i32>();

    let fut = async {
        let res = join!(rx1, rx2);
        assert_eq!((Ok(1), Ok(2)), res);
    };

    block_on(async {
        let mut fut = pin!(fut);
        assert_eq!(Poll::Pending, poll!(&mut fut));
        tx1.send(1).unwrap();
        assert_eq!(Poll::Pending, poll!(&mut fut));
        tx2.send(2).unwrap();
        assert_eq!(Poll::Ready(()), poll!(&mut fut));
    });
}

fn select() {
    let (tx1, rx1) = oneshot::channel::<i32>();
    let (_tx2, rx2) = oneshot::channel::<i32>();
    tx1.send(1).unwrap();
    let mut ran = false;
    block_on(async {
        select! {
            res = rx1.fuse() => {
                assert_eq!(Ok(1), res);
                ran = true;
            },
            _ = rx2.fuse() => unreachable!(),
        }
    });
    assert!(ran);
}

fn select_grammar() {
    // Parsing after `=>` using Expr::parse would parse `{}() = future::ready(())`
    // as one expression.
    block_on(async {
        select! {
            () = future::pending::<()>() => {}
            () = future::ready(()) => {}
        }
    });
}

fn select_biased() {
    let (tx1, rx1) = oneshot::channel::<i32>();
    let (_tx2, rx2) = oneshot::channel::<i32>();
    tx1.send(1).unwrap();
    let mut ran = false;
    block_on(async {
        select_biased! {
            res = rx1.fuse() => {
                assert_eq!(Ok(1), res);
                ran = true;
            },
            _ = rx2.fuse() => unreachable!(),
        }
    });
    assert!(ran);
}

fn main() {
    poll_and_pending();
    println!("poll_and_pending: passed");
    join();
    println!("join: passed");
    select();
    println!("select: passed");
    select_grammar();
    println!("select_grammar: passed");
    select_biased();
    println!("select_biased: passed");
}
