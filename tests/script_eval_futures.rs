#![cfg(not(target_arch = "wasm32"))]
//! The futures crate's API as the interpreter runs it, where a parity program compiled by
//! rustc cannot pin the behaviour down: `select!`'s random choice, which the run's seed makes
//! replayable, and the panics futures' macros raise. These tests never depend on wall-clock
//! time.

use async_playground::executor::Executor;
use async_playground::script::eval::{load, RunFailure};

/// Two branches always ready at once: which one `select!` takes is its random choice.
const BOTH_READY: &str = r#"
use futures::future::{self, FutureExt};
use futures::select;
fn main() {
    block_on(async {
        for _ in 0..8 {
            let mut a = future::ready('a').fuse();
            let mut b = future::ready('b').fuse();
            let picked = select! {
                x = a => x,
                y = b => y,
            };
            print!("{picked}");
        }
        println!();
    });
}
"#;

/// Runs `source` with its random choices seeded by `seed`: its output, or how it ended.
fn run_seeded(source: &str, seed: u64) -> String {
    let program = load(source).unwrap_or_else(|errors| panic!("rejected: {errors:?}"));
    program.seed_choices(seed);
    let executor = Executor::new().with_trace(false);
    let outcome = program.run(&executor);
    let mut text: String = executor
        .output()
        .iter()
        .map(|line| format!("{}\n", line.text))
        .collect();
    match outcome {
        Ok(()) => {}
        Err(RunFailure::Panicked(error)) => text.push_str(&format!("panicked at {error}\n")),
        Err(RunFailure::Stalled(diagnosis)) => text.push_str(&format!("stalled: {diagnosis}\n")),
    }
    text
}

#[test]
fn select_picks_among_ready_branches_by_the_runs_seed() {
    let runs: Vec<String> = (0..6).map(|seed| run_seeded(BOTH_READY, seed)).collect();
    for (seed, output) in runs.iter().enumerate() {
        assert_eq!(
            output,
            &run_seeded(BOTH_READY, seed as u64),
            "seed {seed} must replay the same choices"
        );
        assert!(
            output.contains('a') && output.contains('b'),
            "eight choices between two ready branches took one side only: {output}"
        );
    }
    assert!(
        runs.iter().any(|output| output != &runs[0]),
        "every seed made the same choices: {runs:?}"
    );
}

#[test]
fn select_biased_always_takes_the_first_ready_branch() {
    let biased = BOTH_READY
        .replace("select!", "select_biased!")
        .replace("use futures::select;", "use futures::select_biased;");
    for seed in 0..4 {
        assert_eq!(run_seeded(&biased, seed), "aaaaaaaa\n");
    }
}

#[test]
fn select_without_complete_panics_once_every_future_finished() {
    let source = r#"
use futures::future::{self, FutureExt};
use futures::select_biased;
fn main() {
    block_on(async {
        let mut a = future::ready(1).fuse();
        for _ in 0..2 {
            select_biased! {
                x = a => println!("a gave {x}"),
            }
        }
    });
}
"#;
    let output = run_seeded(source, 1);
    assert!(output.starts_with("a gave 1\npanicked at 8:13: all futures in select! were completed, but no `complete =>` handler was provided"), "{output}");
}
