#![cfg(not(target_arch = "wasm32"))]
//! A learner's own executor, traced by the playground: every future it polls with a waker of
//! its own (`ArcWake`, `Wake`) is a task with a lane of its own, whose polls, prints and wakes
//! are recorded where the program makes them, as are the tasks of futures' `LocalPool`; and a
//! `thread::park` nothing can end is a diagnosed deadlock. It must never compare anything but
//! traces and what a run reports.

use async_playground::executor::Executor;
use async_playground::script::eval::{load, RunFailure};

/// The trace of `source` run to its end in the interpreter, and how the run ended.
fn run(source: &str) -> (String, Result<(), RunFailure>) {
    let program = load(source).expect("the program compiles");
    let executor = Executor::new();
    let ended = program.run(&executor);
    let trace = executor.trace().render();
    (trace, ended)
}

#[test]
fn the_async_books_executor_polls_its_tasks_on_lanes_of_their_own() {
    let (trace, ended) = run(include_str!("programs/external/async_book_executor.rs"));
    assert_eq!(ended, Ok(()));
    expect_test::expect![[r#"
        1: task `fn main` spawned
        2: task `Task 1` spawned
        3: task `Task 1` printed "howdy!"
        4: task `Task 1` polled: Pending
        5: task `Task 2` spawned
        6: task `Task 2` printed "timer fires"
        7: task `Task 1` woken by task `Task 2`
        8: task `Task 2` polled: Ready
        9: task `Task 1` printed "done!"
        10: task `Task 1` polled: Ready
        11: task `fn main` polled: Ready
    "#]]
    .assert_eq(&trace);
}

#[test]
fn a_wake_impls_block_on_shows_each_poll_and_the_wake_between() {
    let (trace, ended) = run(include_str!("programs/external/std_wake_block_on.rs"));
    assert_eq!(ended, Ok(()));
    expect_test::expect![[r#"
        1: task `fn main` spawned
        2: task `ThreadWaker 1` spawned
        3: task `ThreadWaker 1` printed "Hi from inside a future!"
        4: task `ThreadWaker 1` polled: Ready
        5: task `ThreadWaker 2` spawned
        6: task `ThreadWaker 2` printed "first poll: waking myself"
        7: task `ThreadWaker 2` woken by task `ThreadWaker 2`
        8: task `ThreadWaker 2` polled: Pending
        9: task `ThreadWaker 2` printed "polled again after the wake"
        10: task `ThreadWaker 2` polled: Ready
        11: task `fn main` printed "answer: 42"
        12: task `fn main` polled: Ready
    "#]]
    .assert_eq(&trace);
}

#[test]
fn a_local_pools_tasks_each_have_a_lane_with_their_polls_and_wakes() {
    let (trace, ended) = run(include_str!("../lessons/executor-tasks/spawn_tasks.rs"));
    assert_eq!(ended, Ok(()));
    expect_test::expect![[r#"
        1: task `fn main` spawned
        2: task `pool task 1` spawned
        3: task `pool task 2` spawned
        4: task `fn main` printed "main: spawned two tasks"
        5: task `pool task 1` printed "small: chunk 1 of 1"
        6: task `pool task 1` woken by task `pool task 1`
        7: task `pool task 1` polled: Pending
        8: task `pool task 2` printed "large: chunk 1 of 3"
        9: task `pool task 2` woken by task `pool task 2`
        10: task `pool task 2` polled: Pending
        11: task `pool task 1` polled: Ready
        12: task `pool task 2` printed "large: chunk 2 of 3"
        13: task `pool task 2` woken by task `pool task 2`
        14: task `pool task 2` polled: Pending
        15: task `pool task 2` printed "large: chunk 3 of 3"
        16: task `pool task 2` woken by task `pool task 2`
        17: task `pool task 2` polled: Pending
        18: task `pool task 2` polled: Ready
        19: task `fn main` printed "main: large gave 300"
        20: task `fn main` printed "main: small gave 100"
        21: task `fn main` printed "downloaded 400 bytes"
        22: task `fn main` polled: Ready
    "#]]
    .assert_eq(&trace);
}

#[test]
fn a_park_that_nothing_ends_is_a_diagnosed_deadlock() {
    let (_, ended) = run(r#"use std::thread;
fn main() {
    println!("parking");
    thread::park();
    println!("never printed");
}
"#);
    assert!(
        matches!(ended, Err(RunFailure::Stalled(_))),
        "the run ended with {ended:?}"
    );
}

#[test]
fn an_unpark_before_the_park_lets_it_return_at_once() {
    let (trace, ended) = run(r#"use std::thread;
fn main() {
    thread::current().unpark();
    thread::park();
    println!("after the park");
}
"#);
    assert_eq!(ended, Ok(()));
    assert!(trace.contains("printed \"after the park\""), "{trace}");
}

#[test]
fn recv_on_a_channel_no_thread_can_send_to_says_it_deadlocks() {
    let (_, ended) = run(r#"use std::sync::mpsc::channel;
fn main() {
    let (tx, rx) = channel::<u32>();
    tx.send(1).unwrap();
    println!("{}", rx.recv().unwrap());
    let _ = rx.recv();
}
"#);
    let Err(RunFailure::Panicked(error)) = ended else {
        panic!("the run ended with {ended:?}");
    };
    assert!(error.message.starts_with("deadlock: `recv`"), "{error:?}");
}
