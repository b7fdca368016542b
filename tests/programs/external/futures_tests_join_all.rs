// Source: rust-lang/futures-rs, branch 0.3, futures/tests/future_join_all.rs (the futures crate's
// own tests). Adapted: the `#[test]` functions (their `#[test]` and `#[track_caller]` dropped)
// are called in turn by `main`, which prints each one's name once it passed.
use futures::executor::block_on;
use futures::future::{join_all, ready, Future, JoinAll};
use std::fmt::Debug;
use std::pin::pin;

fn assert_done<T>(actual_fut: impl Future<Output = T>, expected: T)
where
    T: PartialEq + Debug,
{
    let output = block_on(pin!(actual_fut));
    assert_eq!(output, expected);
}

fn collect_collects() {
    assert_done(join_all(vec![ready(1), ready(2)]), vec![1, 2]);
    assert_done(join_all(vec![ready(1)]), vec![1]);
    // REVIEW: should this be implemented?
    // assert_done(join_all(Vec::<i32>::new()), vec![]);

    // TODO: needs more tests
}

fn join_all_iter_lifetime() {
    // In futures-rs version 0.1, this function would fail to typecheck due to an overly
    // conservative type parameterization of `JoinAll`.
    fn sizes(bufs: Vec<&[u8]>) -> impl Future<Output = Vec<usize>> {
        let iter = bufs.into_iter().map(|b| ready::<usize>(b.len()));
        join_all(iter)
    }

    assert_done(sizes(vec![&[1, 2, 3], &[], &[0]]), vec![3_usize, 0, 1]);
}

fn join_all_from_iter() {
    assert_done(vec![ready(1), ready(2)].into_iter().collect::<JoinAll<_>>(), vec![1, 2])
}

fn main() {
    collect_collects();
    println!("collect_collects: passed");
    join_all_iter_lifetime();
    println!("join_all_iter_lifetime: passed");
    join_all_from_iter();
    println!("join_all_from_iter: passed");
}
