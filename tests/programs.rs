#![cfg(not(target_arch = "wasm32"))]
//! Every lesson preset and corpus program, compiled by rustc against `futures` and the prelude,
//! run in-process under a transcript capture and checked against its recorded `.expected` file
//! (output lines, then polls per task); then the same source run by the interpreter, which must
//! print the same lines and poll every task as often. It must never let a program print to the
//! real stdout or hang: programs only run inside `transcript::capture`, and stalls are outcomes.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use async_playground::executor::transcript::{self, Transcript};
use async_playground::lesson::{presets, LESSONS};
use expect_test::expect_file;

/// A compiled program: where its source lives and its `main`.
struct Program {
    /// The source path relative to the crate root.
    path: &'static str,
    run: fn(),
}

/// Lists every program once: compiles it into its own module with a `compiled` test, and
/// builds [`PROGRAMS`] for the completeness checks.
macro_rules! programs {
    ($($module:ident => $path:literal,)*) => {
        $(
            // Lesson programs follow the prose rather than clippy's taste: `and_then(|food|
            // eat(food))` is the very line the combinators lesson explains.
            #[allow(clippy::redundant_closure)]
            mod $module {
                include!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $path));

                pub(super) fn program_entry() {
                    main();
                }

                #[test]
                fn compiled() {
                    super::check_compiled($path, main);
                }

                #[test]
                fn interpreted_matches_compiled() {
                    super::check_interpreted($path, main);
                }
            }
        )*

        const PROGRAMS: &[Program] = &[$(Program { path: $path, run: $module::program_entry }),*];
    };
}

programs! {
    thread_vs_async_workers => "lessons/thread-vs-async/workers.rs",
    thread_vs_async_yielding_workers => "lessons/thread-vs-async/yielding_workers.rs",
    lazy_futures_hello => "lessons/lazy-futures/hello.rs",
    lazy_futures_dropped => "lessons/lazy-futures/dropped.rs",
    async_await_with_await => "lessons/async-await/with_await.rs",
    async_await_with_combinators => "lessons/async-await/with_combinators.rs",
    future_trait_countdown => "lessons/future-trait/countdown.rs",
    context_waker_wait_for_flag => "lessons/context-waker/wait_for_flag.rs",
    context_waker_lost_waker => "lessons/context-waker/lost_waker.rs",
    executor_tasks_join_select => "lessons/executor-tasks/join_select.rs",
    executor_tasks_left_yields => "lessons/executor-tasks/left_yields.rs",
    executor_tasks_spawn_tasks => "lessons/executor-tasks/spawn_tasks.rs",
    combinators_breakfast => "lessons/combinators/breakfast.rs",
    combinators_burnt => "lessons/combinators/burnt.rs",
    loopback_tcp_walkthrough => "lessons/loopback-tcp/walkthrough.rs",
    websocket_echo_echo_client => "lessons/websocket-echo/echo_client.rs",
    pitfalls_blocking_sleep => "lessons/pitfalls/blocking_sleep.rs",
    pitfalls_never_yields => "lessons/pitfalls/never_yields.rs",
    closures_capture => "tests/programs/closures_capture.rs",
    combinator_chain => "tests/programs/combinator_chain.rs",
    control_flow => "tests/programs/control_flow.rs",
    deadlock => "tests/programs/deadlock.rs",
    debug_formatting => "tests/programs/debug_formatting.rs",
    drop_cancels => "tests/programs/drop_cancels.rs",
    either_branches => "tests/programs/either_branches.rs",
    hand_written_timer => "tests/programs/hand_written_timer.rs",
    join_all_order => "tests/programs/join_all_order.rs",
    join_fairness => "tests/programs/join_fairness.rs",
    join_handles => "tests/programs/join_handles.rs",
    loopback_backpressure => "tests/programs/loopback_backpressure.rs",
    loopback_eof => "tests/programs/loopback_eof.rs",
    nested_joins => "tests/programs/nested_joins.rs",
    poll_fn_counter => "tests/programs/poll_fn_counter.rs",
    question_mark => "tests/programs/question_mark.rs",
    select_never_ready => "tests/programs/select_never_ready.rs",
    shared_state => "tests/programs/shared_state.rs",
    sleep_ordering => "tests/programs/sleep_ordering.rs",
    stored_waker_later => "tests/programs/stored_waker_later.rs",
    struct_async_methods => "tests/programs/struct_async_methods.rs",
    two_runs => "tests/programs/two_runs.rs",
    yield_interleaving => "tests/programs/yield_interleaving.rs",
}

/// The recorded expectation of the program at `path`: the same path with `.expected`.
fn expected_path(path: &str) -> String {
    let stem = path.strip_suffix(".rs").unwrap_or(path);
    format!("{}/{stem}.expected", env!("CARGO_MANIFEST_DIR"))
}

/// Output lines (attributed ones as `[task] text`), then each task's polls, then the stall.
fn render(transcript: &Transcript) -> String {
    let mut text = String::new();
    for line in &transcript.output {
        let _ = writeln!(text, "{line}");
    }
    text.push_str("--- polls\n");
    for task in &transcript.tasks {
        let _ = writeln!(text, "{}: {}", task.name, task.polls);
    }
    if let Some(diagnostic) = &transcript.stalled {
        let _ = writeln!(text, "--- stalled\n{diagnostic}");
    }
    text
}

fn check_compiled(path: &str, main: fn()) {
    let transcript = transcript::capture(main);
    expect_file![expected_path(path)].assert_eq(&render(&transcript));
}

fn check_interpreted(path: &str, main: fn()) {
    let source = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|error| panic!("cannot read {path}: {error}"));
    let compiled = transcript::capture(main);
    match interpret(&source) {
        Some(interpreted) => assert_eq!(
            comparable(&interpreted),
            comparable(&compiled),
            "{path}: the interpreter and rustc disagree"
        ),
        None => eprintln!("{path}: not compared, the interpreter cannot run programs yet"),
    }
}

/// What must agree between the two runs: the printed lines with their tasks, every task's polls
/// in spawn order, and whether the program stalled (the diagnoses name tasks differently,
/// because the interpreter also has the task `fn main`, which compiled code does not).
fn comparable(transcript: &Transcript) -> String {
    let mut text = render(&Transcript { stalled: None, ..transcript.clone() });
    text.push_str(if transcript.stalled.is_some() { "stalled\n" } else { "finished\n" });
    text
}

/// Runs `source` through the interpreter, as a transcript in the compiled form.
///
/// Returns `None` while `script::eval` has no API to run a program on an `Executor`.
fn interpret(_source: &str) -> Option<Transcript> {
    None
}

/// Every `.rs` file below `dir` (relative to the crate root), as crate-relative paths.
fn rust_files(dir: &str, found: &mut BTreeSet<String>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let entries = std::fs::read_dir(root.join(dir)).unwrap_or_else(|error| panic!("cannot list {dir}: {error}"));
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = format!("{dir}/{name}");
        if entry.path().is_dir() {
            rust_files(&path, found);
        } else if name.ends_with(".rs") {
            found.insert(path);
        }
    }
}

#[test]
fn every_program_file_is_compiled_and_checked() {
    let mut on_disk = BTreeSet::new();
    rust_files("lessons", &mut on_disk);
    rust_files("tests/programs", &mut on_disk);
    let listed: BTreeSet<String> = PROGRAMS.iter().map(|program| program.path.to_owned()).collect();
    assert_eq!(listed.len(), PROGRAMS.len(), "a program is listed twice");
    assert_eq!(on_disk, listed, "add new program files to `programs!` in tests/programs.rs");
    assert!(PROGRAMS.len() >= 30, "the corpus has only {} programs", PROGRAMS.len());
}

#[test]
fn every_preset_is_a_checked_program_and_the_reverse() {
    let presets: BTreeSet<&str> =
        LESSONS.iter().flat_map(|lesson| presets::presets(lesson.slug)).map(|preset| preset.file).collect();
    let listed: BTreeSet<&str> =
        PROGRAMS.iter().map(|program| program.path).filter(|path| path.starts_with("lessons/")).collect();
    assert_eq!(presets, listed);
}

#[test]
fn programs_run_the_same_twice() {
    for program in PROGRAMS {
        let first = transcript::capture(program.run);
        assert_eq!(first, transcript::capture(program.run), "{} is not deterministic", program.path);
    }
}
