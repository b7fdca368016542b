#![cfg(not(target_arch = "wasm32"))]
//! What the interpreter tells the executor's trace beyond polls and wakes: a panic in an
//! interpreted task ends the program as it ends a compiled one (the panicking poll is recorded
//! as that task's panic, with its message, and no task is polled or diagnosed after it), and in
//! threads mode a time slice running out is a preemption, not a wake. It must never compare
//! anything but traces and what the executor reports.

use async_playground::executor::{AbortCause, Executor};
use async_playground::script::eval::load;

/// The trace of `source` run to its end in the interpreter.
fn trace_of(source: &str) -> String {
    let program = load(source).expect("the program compiles");
    let executor = Executor::new();
    let _ = program.run(&executor);
    let trace = executor.trace();
    trace.render()
}

#[test]
fn a_spawned_task_that_panics_ends_the_run_on_its_own_lane() {
    let trace = trace_of(
        r#"use async_playground::prelude::*;
fn main() {
    block_on(async {
        let worker = spawn("worker", async { panic!("boom") });
        spawn("bystander", async { yield_now().await; });
        worker.await;
    });
}
"#,
    );
    expect_test::expect![[r#"
        1: task `fn main` spawned
        2: task `main` spawned
        3: task `fn main` polled: Pending
        4: task `worker` spawned
        5: task `bystander` spawned
        6: task `main` polled: Pending
        7: task `worker` panicked: boom
    "#]]
    .assert_eq(&trace);
}

#[test]
fn fn_main_panicking_outside_any_task_body_says_so() {
    let trace = trace_of(
        r#"fn main() {
    let v: Vec<u32> = Vec::new();
    println!("{}", v[3]);
}
"#,
    );
    expect_test::expect![[r#"
        1: task `fn main` spawned
        2: task `fn main` panicked: index out of bounds: the len is 0 but the index is 3
    "#]]
    .assert_eq(&trace);
}

#[test]
fn a_limit_is_told_apart_from_a_panic() {
    let trace = trace_of("fn main() { loop {} }\n");
    let last = trace.lines().last().unwrap_or_default();
    let (_, event) = last.split_once(": ").unwrap_or_default();
    assert_eq!(
        event,
        "task `fn main` was stopped by a playground limit: \
         the program ran more than 200000000 steps; is there an infinite loop?"
    );
}

#[test]
fn the_executor_names_the_task_that_panicked_and_why() {
    let program = load("fn main() { let x: Option<u8> = None; x.unwrap(); }\n")
        .expect("the program compiles");
    let executor = Executor::new().with_trace(false);
    let _ = program.run(&executor);
    let aborted = executor
        .aborted()
        .map(|(task, cause)| (task.to_string(), cause));
    assert_eq!(
        aborted,
        Some((
            "`fn main`".to_owned(),
            AbortCause::Panic("called `Option::unwrap()` on a `None` value".to_owned())
        ))
    );
}

#[test]
fn threads_mode_records_a_preemption_not_a_wake_by_itself() {
    let program = load(
        "fn main() {\n    let mut total = 0u64;\n    for i in 0..40 { total += i; }\n    println!(\"{total}\");\n}\n",
    )
    .expect("the program compiles");
    program.preempt(7, 16);
    let executor = Executor::new();
    assert!(program.run(&executor).is_ok());
    let trace = executor.trace().render();
    let events: Vec<&str> = trace
        .lines()
        .filter_map(|line| line.split_once(": ").map(|(_, event)| event))
        .collect();
    assert!(
        events.contains(&"task `fn main` preempted: its time slice ran out"),
        "{trace}"
    );
    assert!(!trace.contains("woken by"), "{trace}");
    assert!(!trace.contains("polled: Pending"), "{trace}");
    assert_eq!(events.last(), Some(&"task `fn main` polled: Ready"));
}

#[test]
fn a_stream_item_that_is_not_ready_is_a_pending_poll_of_its_task_then_a_ready_one() {
    let trace = trace_of(
        r#"use async_playground::prelude::*;
use futures::stream::{self, StreamExt};
fn main() {
    block_on(async {
        let mut items = stream::iter(1..=2).then(|x| async move {
            yield_now().await;
            x * 10
        });
        while let Some(x) = items.next().await {
            println!("{x}");
        }
    });
}
"#,
    );
    expect_test::expect![[r#"
        1: task `fn main` spawned
        2: task `main` spawned
        3: task `fn main` polled: Pending
        4: task `main` woken by task `main`
        5: task `main` polled: Pending
        6: task `main` printed "10"
        7: task `main` woken by task `main`
        8: task `main` polled: Pending
        9: task `main` printed "20"
        10: task `main` polled: Ready
        11: task `fn main` woken by task `main`
        12: task `fn main` polled: Ready
    "#]]
    .assert_eq(&trace);
}
