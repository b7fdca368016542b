#![cfg(not(target_arch = "wasm32"))]
//! The playground's limits through the real `asyncplay` command line: a program that reaches one
//! ends with exit code 2 and `error: playground limit reached: <kind>` on stderr, located, with
//! everything it printed before kept. It must never depend on files outside its temp dir.

mod cli_support;
use async_playground::executor::Executor;
use async_playground::script::eval::{load_with, RunFailure, RuntimeError};
use async_playground::script::{Limit, Limits};
use cli_support::asyncplay;

/// Runs `source` in-process within `limits`; returns its printed lines and how it failed.
fn run_within(source: &str, limits: Limits) -> (Vec<String>, Option<RuntimeError>) {
    let program = load_with(source, limits).expect("the program compiles");
    let executor = Executor::new();
    let error = match program.run(&executor) {
        Ok(()) => None,
        Err(RunFailure::Panicked(error)) => Some(error),
        Err(RunFailure::Stalled(diagnosis)) => panic!("stalled: {diagnosis}"),
    };
    let lines = executor
        .output()
        .into_iter()
        .map(|line| line.text)
        .collect();
    (lines, error)
}

/// A step budget small enough for a test to reach quickly.
const SMALL_STEP_BUDGET: Limits = Limits {
    steps: 1_000_000,
    ..Limits::DEFAULT
};

/// Asserts that `body`, run as `block_on`'s future after printing `start`, reaches the step
/// budget at `location` with `start` kept.
fn assert_reaches_step_budget(items: &str, body: &str, location: (usize, usize)) {
    let source = format!(
        "use async_playground::prelude::{{println, *}};\nuse futures::executor::block_on;\n{items}\nfn main() {{\n    block_on(async {{\n        println!(\"start\");\n        {body}\n    }});\n}}\n"
    );
    let (lines, error) = run_within(&source, SMALL_STEP_BUDGET);
    let error = error.expect("the run reached a limit");
    assert_eq!(
        (lines, error.limit, (error.line, error.col)),
        (vec![String::from("start")], Some(Limit::Steps), location),
        "{source}"
    );
}

/// Asserts that `source` printed `stdout`, then stopped at `kind` at `location`.
fn assert_limit(name: &str, source: &str, stdout: &str, kind: &str, location: &str) {
    let (code, out, err) = asyncplay(name, source, &[]);
    assert_eq!((code, out.as_str()), (2, stdout), "{err}");
    let expected = format!("error: playground limit reached: {kind}\n --> DIR/{name}:{location}: ");
    assert!(err.starts_with(&expected), "{err}");
}

#[test]
fn endless_recursion_reaches_the_call_depth_limit() {
    let source = "fn down(n: u64) -> u64 {\n    down(n + 1) + 1\n}\n\nfn main() {\n    println!(\"before\");\n    println!(\"{}\", down(0));\n}\n";
    assert_limit("recurse.rs", source, "before\n", "call depth", "2:5");
}

#[test]
fn recursion_ten_thousand_calls_deep_runs() {
    let source = "fn depth(n: u64) -> u64 {\n    if n == 0 { 0 } else { 1 + depth(n - 1) }\n}\n\nfn main() {\n    println!(\"{}\", depth(10_000));\n}\n";
    let (code, stdout, stderr) = asyncplay("deep.rs", source, &[]);
    assert_eq!((code, stdout.as_str()), (0, "10000\n"), "{stderr}");
}

#[test]
fn recursion_through_closures_of_built_in_methods_reaches_the_call_depth_limit() {
    let source = "fn down(n: u64) -> u64 {\n    vec![n].iter().map(|x| down(*x + 1)).sum()\n}\n\nfn main() {\n    println!(\"before\");\n    println!(\"{}\", down(0));\n}\n";
    assert_limit("closures.rs", source, "before\n", "call depth", "2:5");
}

#[test]
fn async_recursion_through_box_pin_reaches_the_call_depth_limit() {
    let source = "use futures::executor::block_on;\nuse std::future::Future;\nuse std::pin::Pin;\n\nfn down(n: u64) -> Pin<Box<dyn Future<Output = u64>>> {\n    Box::pin(async move { 1 + down(n + 1).await })\n}\n\nfn main() {\n    println!(\"before\");\n    println!(\"{}\", block_on(down(0)));\n}\n";
    assert_limit("async.rs", source, "before\n", "call depth", "6:31");
}

#[test]
fn deeply_nested_source_reaches_the_nesting_limit() {
    let depth = 1_000;
    let source = format!(
        "fn main() {{\n    let x = {}1{};\n}}\n",
        "(".repeat(depth),
        ")".repeat(depth)
    );
    let (code, out, err) = asyncplay("nested.rs", &source, &[]);
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert!(
        err.contains("error: playground limit reached: nesting\n --> DIR/nested.rs:2:"),
        "{err}"
    );
}

#[test]
fn a_huge_string_reaches_the_memory_limit() {
    let source = "fn main() {\n    println!(\"before\");\n    let s = \"ab\".repeat(1 << 40);\n    println!(\"{}\", s.len());\n}\n";
    assert_limit("huge.rs", source, "before\n", "memory", "3:13");
}

#[test]
fn a_limit_is_told_apart_from_a_panic_in_the_run_status() {
    let status = |source: &str| {
        run_within(source, Limits::default())
            .1
            .map(|error| error.status())
    };
    assert_eq!(
        status("fn f() { f() }\nfn main() { f(); }\n").as_deref(),
        Some("The playground's call depth limit stopped the program at 1:10: stack overflow: recursion deeper than 100000 calls")
    );
    assert_eq!(
        status("fn main() { panic!(\"boom\"); }\n").as_deref(),
        Some("The program panicked at 1:13: boom")
    );
}

const SELF_WAKING_FUTURE: &str = "use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
struct Spin;
impl Future for Spin {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}";

#[test]
fn an_endless_yield_loop_reaches_the_step_budget() {
    assert_reaches_step_budget("", "loop { yield_now().await; }", (7, 16));
}

#[test]
fn an_endless_sleep_loop_reaches_the_step_budget() {
    assert_reaches_step_budget("", "loop { sleep(1).await; }", (7, 16));
}

#[test]
fn a_future_that_wakes_itself_forever_reaches_the_step_budget() {
    assert_reaches_step_budget(SELF_WAKING_FUTURE, "Spin.await;", (9, 69));
    assert_reaches_step_budget(SELF_WAKING_FUTURE, "spawn(\"spin\", Spin).await;", (9, 69));
}

#[test]
fn the_step_budget_is_shared_by_every_task() {
    let source = |tasks: u32| {
        format!(
            "use async_playground::prelude::{{println, *}};\nuse futures::executor::block_on;\nfn main() {{\n    block_on(async {{\n        let mut handles = Vec::new();\n        for _ in 0..{tasks} {{\n            handles.push(spawn(\"counter\", async {{ for _ in 0..3000 {{ yield_now().await; }} }}));\n        }}\n        for handle in handles {{ handle.await; }}\n        println!(\"done\");\n    }});\n}}\n"
        )
    };
    let (lines, error) = run_within(&source(1), SMALL_STEP_BUDGET);
    assert_eq!((lines, error), (vec![String::from("done")], None));
    let (lines, error) = run_within(&source(4), SMALL_STEP_BUDGET);
    assert_eq!(
        (lines, error.and_then(|error| error.limit)),
        (vec![], Some(Limit::Steps))
    );
}

#[test]
fn an_endless_plain_loop_reaches_the_step_budget() {
    assert_reaches_step_budget("", "let mut n = 0u64;\n        loop { n += 1; }", (8, 9));
}

#[test]
fn an_endless_yield_loop_stops_with_exit_2_at_the_default_budget() {
    let source = "use async_playground::prelude::{println, *};\nuse futures::executor::block_on;\n\nfn main() {\n    block_on(async {\n        println!(\"start\");\n        loop {\n            yield_now().await;\n        }\n    });\n}\n";
    assert_limit("yields.rs", source, "start\n", "steps", "8:13");
}

#[test]
fn an_endless_iterator_reaches_the_step_budget() {
    assert_reaches_step_budget(
        "",
        "println!(\"{}\", (0..).map(|x: u64| x + 1).count());",
        (7, 43),
    );
    assert_reaches_step_budget("", "println!(\"{}\", (0..).count());", (7, 24));
}

#[test]
fn a_huge_vector_is_refused_before_it_is_made() {
    let source = "fn main() {\n    println!(\"before\");\n    let v = vec![0u8; 1 << 40];\n    println!(\"{}\", v.len());\n}\n";
    assert_limit("vec.rs", source, "before\n", "memory", "3:13");
}

/// Programs whose values grow a little at a time past the memory budget; run one after the
/// other, since each holds the whole budget before it stops.
#[test]
fn values_grown_a_little_at_a_time_reach_the_memory_limit() {
    let nested = "fn main() {\n    println!(\"start\");\n    let mut all = Vec::new();\n    loop {\n        all.push(\"x\".repeat(1 << 20));\n    }\n}\n";
    assert_limit("nested.rs", nested, "start\n", "memory", "5:18");
    let doubling = "fn main() {\n    println!(\"start\");\n    let mut s = String::from(\"ab\");\n    loop {\n        s = format!(\"{s}{s}\");\n    }\n}\n";
    assert_limit("doubling.rs", doubling, "start\n", "memory", "5:13");
    let cycles = "use std::cell::RefCell;\nuse std::rc::Rc;\n\nstruct Node {\n    next: Option<Rc<RefCell<Node>>>,\n    data: String,\n}\n\nfn main() {\n    println!(\"start\");\n    loop {\n        let a = Rc::new(RefCell::new(Node { next: None, data: \"a\".repeat(1 << 20) }));\n        let b = Rc::new(RefCell::new(Node { next: Some(a.clone()), data: \"b\".repeat(1 << 20) }));\n        a.borrow_mut().next = Some(b.clone());\n    }\n}\n";
    let (code, out, err) = asyncplay("cycles.rs", cycles, &[]);
    assert_eq!((code, out.as_str()), (2, "start\n"), "{err}");
    assert!(
        err.starts_with("error: playground limit reached: memory\n --> DIR/cycles.rs:1"),
        "{err}"
    );
}

#[test]
fn polls_paused_for_the_frames_deadline_reach_the_step_budget_at_the_same_place() {
    use async_playground::executor::{Deadline, Progress};
    fn ticking_clock() -> f64 {
        thread_local! {
            static NOW_MS: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
        }
        NOW_MS.with(|now| {
            now.set(now.get() + 1.0);
            now.get()
        })
    }
    let source = "fn main() {\n    let mut n = 0u64;\n    loop {\n        n += 1;\n        if n % 3 == 0 {\n            n += 2;\n        }\n    }\n}\n";
    let run = |pausing: bool| {
        let program = load_with(source, SMALL_STEP_BUDGET).expect("the program compiles");
        let executor = Executor::new();
        executor.spawn("fn main", program.main_future());
        let mut ticks = 0;
        loop {
            let progress = if pausing {
                let deadline = Deadline {
                    clock: ticking_clock,
                    at_ms: ticking_clock() + 2.0,
                };
                executor.tick_until(64, deadline)
            } else {
                executor.tick(64)
            };
            ticks += 1;
            if program.error().is_some() {
                break;
            }
            assert!(!matches!(progress, Progress::Done), "the loop never ends");
        }
        (program.error(), ticks)
    };
    let (unpaused, unpaused_ticks) = run(false);
    let (paused, paused_ticks) = run(true);
    assert!(paused_ticks > unpaused_ticks, "the deadline paused polls");
    assert_eq!(paused, unpaused);
    assert_eq!(unpaused.and_then(|error| error.limit), Some(Limit::Steps));
}
