#![cfg(not(target_arch = "wasm32"))]
//! Hostile inputs against `asyncplay run` (issue 19): every program in `tests/hostile/<category>/`
//! and those `hostile/generated.rs` writes, each judged by its `// expect:` class (rustc's debug
//! build, a limit, or a located error), each run under a 30 s and 2 GB cap, where a signal, an
//! abort or a timeout is a failure. The programs in `tests/hostile/KNOWN_FAILURES` must fail, and
//! the list may only shrink. It never edits the programs or the list.

#[path = "hostile/catalog.rs"]
mod catalog;
#[path = "hostile/compiled.rs"]
mod compiled;
#[path = "hostile/generated.rs"]
mod generated;
#[path = "hostile/known.rs"]
mod known;
#[path = "hostile/process.rs"]
mod process;
#[path = "hostile/report.rs"]
mod report;
#[path = "hostile/verdict.rs"]
mod verdict;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use catalog::{Expect, Program};
use process::Caps;
use report::{Line, Outcome};

/// What every run must stay under: issue 19's bounds (30 s, as CPU time), with a wall-clock
/// backstop for a run that waits without computing.
const CAPS: Caps = Caps {
    cpu_seconds: 30,
    wall: Duration::from_secs(120),
    address_space_bytes: 2 << 30,
};

/// A listed known failure gets less time: it is expected to fail, and while a dozen still spin
/// they must not make the suite slow. The step limit ends an endless program well within it,
/// so one that now reports its limit is still noticed.
const KNOWN_FAILURE_CAPS: Caps = Caps {
    cpu_seconds: 10,
    wall: Duration::from_secs(60),
    ..CAPS
};

#[test]
fn hostile_programs_match_rustc_or_report_their_limit() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile");
    let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile");
    let generated_root = cache.join("generated");
    generated::write_all(&generated_root).unwrap_or_else(|e| panic!("{e}"));
    let mut programs = catalog::discover(&root).unwrap_or_else(|e| panic!("{e}"));
    programs.extend(catalog::discover(&generated_root).unwrap_or_else(|e| panic!("{e}")));
    let mut ids = BTreeSet::new();
    for program in &programs {
        assert!(
            ids.insert(program.id.clone()),
            "two programs named {}",
            program.id
        );
    }
    let known = known::read(&root.join("KNOWN_FAILURES")).unwrap_or_else(|e| panic!("{e}"));

    let started = Instant::now();
    let rustc_class: Vec<&Program> = programs
        .iter()
        .filter(|p| p.expect == Expect::Rustc)
        .collect();
    let binary = compiled::build(&rustc_class, &cache).unwrap_or_else(|e| panic!("{e}"));
    let built = started.elapsed();

    // HOSTILE_ONLY=<text> runs only the programs whose id contains it, while iterating.
    let only = std::env::var("HOSTILE_ONLY").unwrap_or_default();
    programs.retain(|program| program.id.contains(&only));

    let lines = run_all(&programs, &binary, &cache, &known);
    let stale: Vec<String> = known
        .keys()
        .filter(|id| !ids.contains(*id))
        .cloned()
        .collect();
    println!("{}", report::render(&lines, &stale));
    println!(
        "{} programs in {:.1} s (rustc build {:.1} s)",
        lines.len(),
        started.elapsed().as_secs_f64(),
        built.as_secs_f64()
    );
    let unexpected = lines
        .iter()
        .filter(|line| matches!(line.outcome, Outcome::Failure(_) | Outcome::NowPasses))
        .count();
    assert!(
        unexpected == 0 && stale.is_empty(),
        "{unexpected} unexpected outcomes and {} stale KNOWN_FAILURES lines: see the report above",
        stale.len()
    );
}

/// Runs every program on as many threads as there are cores, in catalog order.
fn run_all(
    programs: &[Program],
    binary: &Path,
    cache: &Path,
    known: &BTreeMap<String, String>,
) -> Vec<Line> {
    let next = AtomicUsize::new(0);
    let lines = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(program) = programs.get(index) else {
                    break;
                };
                let line = run_one(program, binary, cache, known.contains_key(&program.id));
                lines
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((index, line));
            });
        }
    });
    let mut lines = lines.into_inner().unwrap_or_else(|e| e.into_inner());
    lines.sort_by_key(|(index, _)| *index);
    lines.into_iter().map(|(_, line)| line).collect()
}

/// One program's verdict against its class and KNOWN_FAILURES.
fn run_one(program: &Program, binary: &Path, cache: &Path, listed: bool) -> Line {
    let caps = if listed { KNOWN_FAILURE_CAPS } else { CAPS };
    let (verdict, elapsed) = judged(program, binary, cache, caps);
    let outcome = match (verdict, listed) {
        (Ok(()), false) => Outcome::Pass,
        (Ok(()), true) => Outcome::NowPasses,
        (Err(reason), true) => Outcome::KnownFailure(reason),
        (Err(reason), false) => Outcome::Failure(reason),
    };
    Line {
        id: program.id.clone(),
        category: program.category.clone(),
        outcome,
        elapsed,
    }
}

/// The verdict on one program, with the longer of its runs' times; the interpreter runs under
/// `caps`, the compiled program always under the full [`CAPS`].
fn judged(
    program: &Program,
    binary: &Path,
    cache: &Path,
    caps: Caps,
) -> (Result<(), String>, Duration) {
    let compiled = match program.expect {
        Expect::Rustc => match process::run(binary, &[&program.id], CAPS) {
            Ok(run) => Some(run),
            Err(e) => return (Err(e), Duration::ZERO),
        },
        Expect::Error => match compiled::rejected_by_rustc(program, cache) {
            Ok(true) => None,
            Ok(false) => {
                let reason = "rustc accepts it: not an error-class program".to_string();
                return (Err(reason), Duration::ZERO);
            }
            Err(e) => return (Err(e), Duration::ZERO),
        },
        Expect::Limit(_) | Expect::Panic(_) | Expect::Prints(_) => None,
    };
    let interpreter = PathBuf::from(env!("CARGO_BIN_EXE_asyncplay"));
    let path = program.path.display().to_string();
    let interpreted = match process::run(&interpreter, &["run", &path], caps) {
        Ok(run) => run,
        Err(e) => return (Err(e), Duration::ZERO),
    };
    let elapsed = compiled
        .as_ref()
        .map_or(interpreted.elapsed, |c| c.elapsed.max(interpreted.elapsed));
    (
        verdict::judge(program, &interpreted, compiled.as_ref()),
        elapsed,
    )
}
