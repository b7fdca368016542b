#![cfg(not(target_arch = "wasm32"))]
//! A poll that runs past its frame's deadline pauses part-way and goes on in the next frame,
//! and that changes nothing a learner can see: every preset, every corpus program and a few
//! programs with long polls give the same trace, output and counters, event for event, as
//! when no poll pauses, in async mode and in threads mode (whose preemption points must not
//! move). The deadline's clock here is a counter, never wall-clock time.

use std::cell::Cell;
use std::fs;
use std::path::Path;

use async_playground::executor::{Deadline, Event, Progress};
use async_playground::session::program::prepare;
use async_playground::session::run::Run;
use async_playground::session::settings::{Mode, Settings};

thread_local! {
    static NOW_MS: Cell<f64> = const { Cell::new(0.0) };
}

/// A clock that moves on a millisecond each time it is read.
fn ticking_clock() -> f64 {
    NOW_MS.with(|now| {
        now.set(now.get() + 1.0);
        now.get()
    })
}

/// A frame's deadline: three clock readings from now, so that polls pause about as often as
/// the interpreter looks at the clock.
fn frame_deadline() -> Deadline {
    Deadline {
        clock: ticking_clock,
        at_ms: ticking_clock() + 3.0,
    }
}

/// What a run shows: its trace, its output and its counters.
fn shown(run: &Run) -> String {
    let executor = run.executor();
    format!(
        "{}\n{:?}\n{:?}\n{:?}\n{:?}",
        executor.trace().render(),
        executor.output(),
        executor.stats(),
        run.progress(),
        run.runtime_error()
    )
}

/// Whether the run's last event is the end of a poll: a frame that pauses a poll part-way
/// ends with that poll's spawns, wakes or output instead.
fn ends_with_a_poll(run: &Run) -> bool {
    let trace = run.executor().trace();
    let last = trace
        .len()
        .checked_sub(1)
        .and_then(|index| trace.get(index));
    last.is_none_or(|entry| matches!(entry.event, Event::Polled { .. }))
}

/// Runs `source` without pauses and with them; returns both views and how many frames ended
/// inside a poll.
fn run_both_ways(source: &str, settings: Settings) -> (String, String, usize) {
    let start = prepare(source).unwrap_or_else(|diagnostics| panic!("{diagnostics:?}"));
    let mut unpaused = Run::new(start.clone(), settings);
    while unpaused.has_work() {
        unpaused.advance(64);
    }
    let mut paused = Run::new(start, settings);
    let mut pauses = 0;
    for _ in 0..1_000_000 {
        if !paused.has_work() {
            break;
        }
        paused.advance_within(64, frame_deadline());
        if !ends_with_a_poll(&paused) {
            pauses += 1;
        }
    }
    (shown(&unpaused), shown(&paused), pauses)
}

/// Threads switch every 1 to `quantum` steps, picked by the seed; only slices longer than the
/// stretch between two looks at the clock can pause, so the quantum is the largest allowed.
fn settings(mode: Mode) -> Settings {
    Settings {
        mode,
        seed: 7,
        quantum: 1_000,
        ..Settings::default()
    }
}

const SPAWN_MANY: &str = r#"use async_playground::prelude::{println, *};

fn main() {
    block_on(async {
        let mut handles = Vec::new();
        for i in 0..300 {
            handles.push(spawn(format!("worker {i}"), async move {
                yield_now().await;
                i
            }));
        }
        let mut total = 0;
        for handle in handles {
            total += handle.await;
        }
        println!("total {total}");
    });
}
"#;

const LONG_JOIN: &str = r#"use async_playground::prelude::{println, *};
use futures::join;

async fn count(name: &str, n: u64) -> u64 {
    let mut sum = 0;
    for i in 0..n {
        sum += i;
        if i % 700 == 0 {
            yield_now().await;
        }
    }
    println!("{name} done");
    sum
}

fn main() {
    block_on(async {
        let (a, b) = join!(count("a", 3000), count("b", 2000));
        println!("{}", a + b);
    });
}
"#;

const LONG_SELECT: &str = r#"use async_playground::prelude::{println, *};
use futures::future::{self, Either};

async fn count(name: &str, n: u64, every: u64) -> u64 {
    let mut sum = 0;
    for i in 0..n {
        sum += i;
        if i % every == 0 {
            yield_now().await;
        }
    }
    println!("{name} done");
    sum
}

fn main() {
    block_on(async {
        let short = Box::pin(count("short", 300, 100));
        let long = Box::pin(count("long", 4000, 5000));
        match future::select(short, long).await {
            Either::Left((sum, _)) => println!("short won with {sum}"),
            Either::Right((sum, _)) => println!("long won with {sum}"),
        }
    });
}
"#;

const LONG_CRATE_COMBINATORS: &str = r#"use async_playground::prelude::{println, *};
use futures::future::{self, FutureExt};

async fn count(name: &'static str, n: u64, every: u64) -> u64 {
    let mut sum = 0;
    for i in 0..n {
        sum += i;
        if i % every == 0 {
            println!("{name} at {i}");
            yield_now().await;
        }
    }
    sum
}

fn main() {
    block_on(async {
        let racers = vec![
            count("a", 3000, 1000).boxed_local(),
            count("b", 2500, 600).boxed_local(),
            count("c", 2000, 400).boxed_local(),
        ];
        let (sum, index, rest) = future::select_all(racers).await;
        println!("{index} won with {sum}, {} left", rest.len());
        let once = count("shared", 2000, 700).shared();
        let other = spawn("other", once.clone());
        println!("{} {}", once.await, other.await);
        let (long, handle) = future::abortable(count("long", 3000, 1000));
        let aborter = spawn("aborter", async move {
            yield_now().await;
            handle.abort();
        });
        println!("{:?}", long.await);
        aborter.await;
    });
}
"#;

/// Long polls inside `join!` and `select` children pause where they stand. In threads mode a
/// time slice also runs out inside a child: the join of two long children deadlocked until the
/// poll after a slice came round to the children before the one it stopped at.
#[test]
fn polls_that_pause_give_the_same_run_as_polls_that_do_not() {
    for mode in [Mode::Async, Mode::Threads] {
        let mut pauses = 0;
        for (name, source) in [
            ("spawn many", SPAWN_MANY),
            ("long join", LONG_JOIN),
            ("long select", LONG_SELECT),
            ("long crate combinators", LONG_CRATE_COMBINATORS),
        ] {
            let (unpaused, paused, paused_polls) = run_both_ways(source, settings(mode));
            assert_eq!(paused, unpaused, "{name} ({mode:?})");
            assert!(
                unpaused.contains("Done"),
                "{name} ({mode:?}) finished: {unpaused}"
            );
            pauses += paused_polls;
        }
        assert!(pauses > 0, "no poll paused part-way in {mode:?} mode");
    }
}

#[test]
fn every_preset_and_corpus_program_runs_the_same_with_pauses() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in fs::read_dir(root.join("lessons")).unwrap() {
        files.extend(
            fs::read_dir(dir.unwrap().path())
                .unwrap()
                .map(|f| f.unwrap().path()),
        );
    }
    files.extend(
        fs::read_dir(root.join("tests/programs"))
            .unwrap()
            .map(|f| f.unwrap().path()),
    );
    files.retain(|file| file.extension().is_some_and(|ext| ext == "rs"));
    assert!(files.len() > 30, "found {} programs", files.len());
    for file in files {
        let source = fs::read_to_string(&file).unwrap();
        for mode in [Mode::Async, Mode::Threads] {
            let (unpaused, paused, _) = run_both_ways(&source, settings(mode));
            assert_eq!(paused, unpaused, "{} ({mode:?})", file.display());
        }
    }
}

#[test]
fn a_step_finishes_a_paused_poll() {
    let start = prepare(SPAWN_MANY).unwrap();
    let mut run = Run::new(start, Settings::default());
    run.step();
    let events = run.executor().trace().len();
    run.advance_within(64, frame_deadline());
    assert_eq!(
        run.executor().stats().total.polls,
        1,
        "the second poll (spawning 300 tasks) paused part-way"
    );
    let spawned = run.executor().trace().len() - events;
    assert!(
        spawned > 0 && spawned < 300,
        "it spawned {spawned} tasks so far"
    );
    run.advance(0);
    assert_eq!(
        run.executor().trace().len() - events,
        spawned,
        "a tick with no budget resumes nothing"
    );
    run.step();
    assert_eq!(run.executor().stats().total.polls, 2, "a step ends it");
    assert_eq!(
        run.executor().trace().len() - events,
        301,
        "300 spawns and the poll"
    );
    assert_eq!(run.progress(), &Progress::Busy);
}
