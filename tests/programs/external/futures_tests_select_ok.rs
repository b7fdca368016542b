// Source: rust-lang/futures-rs, branch 0.3, futures/tests/future_select_ok.rs (the futures
// crate's own tests). Adapted: the `#[test]` functions are called in turn by `main`, which prints
// each one's name once it passed.
use futures::executor::block_on;
use futures::future::{err, ok, select_ok};

fn ignore_err() {
    let v = vec![err(1), err(2), ok(3), ok(4)];

    let (i, v) = block_on(select_ok(v)).ok().unwrap();
    assert_eq!(i, 3);

    assert_eq!(v.len(), 1);

    let (i, v) = block_on(select_ok(v)).ok().unwrap();
    assert_eq!(i, 4);

    assert!(v.is_empty());
}

fn last_err() {
    let v = vec![ok(1), err(2), err(3)];

    let (i, v) = block_on(select_ok(v)).ok().unwrap();
    assert_eq!(i, 1);

    assert_eq!(v.len(), 2);

    let i = block_on(select_ok(v)).err().unwrap();
    assert_eq!(i, 3);
}

fn main() {
    ignore_err();
    println!("ignore_err: passed");
    last_err();
    println!("last_err: passed");
}
