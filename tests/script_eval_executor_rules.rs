#![cfg(not(target_arch = "wasm32"))]
//! The executor's rules as a compiled program meets them: `spawn` outside any running executor
//! and `block_on` inside one panic. Each program here is compiled against the prelude and
//! `futures` and run in-process, and its panic message is compared with the interpreter's run of
//! the same source, which also keeps what was printed before. It must never let a program print
//! to the real stdout.

use std::panic::{self, AssertUnwindSafe};

use async_playground::executor::transcript;
use async_playground::executor::Executor;
use async_playground::script::eval::{load, RunFailure};

/// Runs a compiled `main` under a transcript capture (which a panic cuts short, its lines
/// with it), expecting it to panic; returns the panic message.
fn compiled(main: fn()) -> String {
    let panicked = panic::catch_unwind(AssertUnwindSafe(|| transcript::capture(main)));
    let payload = panicked.expect_err("the compiled program panics");
    match payload.downcast::<String>() {
        Ok(message) => *message,
        Err(payload) => payload
            .downcast_ref::<&str>()
            .map_or_else(String::new, |message| (*message).to_string()),
    }
}

/// Runs `source` in the interpreter, expecting it to panic; returns the lines it printed and
/// the panic message.
fn interpreted(source: &str) -> (Vec<String>, String) {
    let program = load(source).expect("the program compiles");
    let executor = Executor::new();
    let error = match program.run(&executor) {
        Err(RunFailure::Panicked(error)) => error,
        other => panic!("expected a panic, got {other:?}"),
    };
    assert_eq!(error.limit, None, "a panic, not a limit");
    let lines = executor.output().into_iter().map(|l| l.text).collect();
    (lines, error.message)
}

macro_rules! rule {
    ($name:ident, $path:literal, $printed:expr, $message:literal) => {
        mod $name {
            include!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $path));

            #[test]
            fn compiled_and_interpreted_panic_alike() {
                let source = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $path));
                let expected: (Vec<String>, String) = (
                    $printed
                        .iter()
                        .map(|line: &&str| line.to_string())
                        .collect(),
                    String::from($message),
                );
                assert_eq!(super::compiled(main), expected.1);
                assert_eq!(super::interpreted(source), expected);
            }
        }
    };
}

rule!(
    spawn_outside,
    "tests/executor_rules/spawn_outside.rs",
    ["before"],
    "no async_playground Executor is running on this thread: call this inside a task run by `Executor::block_on` or `Executor::tick`"
);

rule!(
    nested_block_on,
    "tests/executor_rules/nested_block_on.rs",
    ["outer"],
    "cannot execute `LocalPool` executor from within another executor: EnterError"
);

rule!(
    nested_futures_block_on,
    "tests/executor_rules/nested_futures_block_on.rs",
    ["outer"],
    "cannot execute `LocalPool` executor from within another executor: EnterError"
);
