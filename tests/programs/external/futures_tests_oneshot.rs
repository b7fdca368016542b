// Source: rust-lang/futures-rs, branch 0.3, futures/tests/oneshot.rs (the futures crate's own
// tests of its oneshot channel): every test.
// Adapted: no threads and no `futures_test` here: a thread's closure is called in place (and
// `join` dropped), `fut.run_in_background()` (a thread that blocks on the future) is
// `block_on(fut)`, run where the test starts it; the `#[test]` functions are called in turn by
// `main`, which prints each one's name once it passed.
use futures::channel::oneshot;
use futures::executor::block_on;
use futures::future::{FutureExt, TryFutureExt};
use std::sync::mpsc;

fn oneshot_send1() {
    let (tx1, rx1) = oneshot::channel::<i32>();
    let (tx2, rx2) = mpsc::channel();

    (|| tx1.send(1).unwrap())();
    block_on(rx1.map_ok(move |x| tx2.send(x))).unwrap().unwrap();
    assert_eq!(1, rx2.recv().unwrap());
}

fn oneshot_send3() {
    let (tx1, rx1) = oneshot::channel::<i32>();
    let (tx2, rx2) = mpsc::channel();

    let background = rx1.map_ok(move |x| tx2.send(x).unwrap());
    (|| tx1.send(1).unwrap())();
    block_on(background).unwrap();
    assert_eq!(1, rx2.recv().unwrap());
}

fn oneshot_drop_tx1() {
    let (tx1, rx1) = oneshot::channel::<i32>();
    let (tx2, rx2) = mpsc::channel();

    drop(tx1);
    block_on(rx1.map(move |result| tx2.send(result).unwrap()));

    assert_eq!(Err(oneshot::Canceled), rx2.recv().unwrap());
}

fn oneshot_drop_rx() {
    let (tx, rx) = oneshot::channel::<i32>();
    drop(rx);
    assert_eq!(Err(2), tx.send(2));
}

fn oneshot_debug() {
    let (tx, rx) = oneshot::channel::<i32>();
    assert_eq!(format!("{tx:?}"), "Sender { complete: false }");
    assert_eq!(format!("{rx:?}"), "Receiver { complete: false }");
    drop(rx);
    assert_eq!(format!("{tx:?}"), "Sender { complete: true }");
    let (tx, rx) = oneshot::channel::<i32>();
    drop(tx);
    assert_eq!(format!("{rx:?}"), "Receiver { complete: true }");
}

fn main() {
    oneshot_send1();
    println!("oneshot_send1: ok");
    oneshot_send3();
    println!("oneshot_send3: ok");
    oneshot_drop_tx1();
    println!("oneshot_drop_tx1: ok");
    oneshot_drop_rx();
    println!("oneshot_drop_rx: ok");
    oneshot_debug();
    println!("oneshot_debug: ok");
}
