#![cfg(not(target_arch = "wasm32"))]
//! The checker against real programs: it rejects none of the programs rustc accepts (every
//! lesson preset, parity program and hostile program that compiles), counting how often it
//! gave up (an expression typed `Unknown`, let through unchecked) and bounding that count; and
//! it rejects every program of the compile-fail suite (see `tests/check/compile_fail.rs`) with
//! rustc's code at rustc's line. It never runs a program.

#[path = "check/compile_fail.rs"]
mod compile_fail;

use std::path::{Path, PathBuf};

use async_playground::script::check::check;
use async_playground::script::parse;

/// Every `.rs` file under `dir`, sorted.
pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// How many expressions per accepted program, on average, the checker may give up on, with room
/// for new programs that use what it does not model yet. A change that makes it model much less
/// (so that more of what learners write goes unchecked) fails here.
const MAX_GIVE_UPS_PER_PROGRAM: f64 = 6.0;

/// Programs rustc accepts: lesson presets, parity programs, and hostile programs of any class
/// but `error`.
fn accepted_programs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut programs = rust_files(&root.join("lessons"));
    programs.extend(rust_files(&root.join("tests/programs")));
    let hostile = rust_files(&root.join("tests/hostile"))
        .into_iter()
        .filter(|p| p.parent() != Some(&root.join("tests/hostile")))
        .filter(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_default();
            !text.lines().any(|l| l.trim() == "// expect: error")
        });
    programs.extend(hostile);
    programs
}

#[test]
fn checker_rejects_no_program_rustc_accepts() {
    let mut rejected = Vec::new();
    let mut give_ups = 0;
    let programs = accepted_programs();
    for path in &programs {
        let source = std::fs::read_to_string(path).expect("the program is readable");
        let (file, parse_errors) = parse(&source);
        if !parse_errors.is_empty() {
            continue;
        }
        let checked = check(&file, &source);
        give_ups += checked.give_ups;
        for d in checked.diagnostics.iter().filter(|d| d.is_error()) {
            rejected.push(format!(
                "{}:{}:{}: {}",
                path.display(),
                d.line,
                d.col,
                d.headline()
            ));
        }
    }
    let per_program = give_ups as f64 / programs.len().max(1) as f64;
    println!(
        "checker: {} accepted programs, {give_ups} expressions given up on (typed Unknown), \
         {per_program:.2} per program",
        programs.len()
    );
    assert!(
        rejected.is_empty(),
        "false rejections:\n{}",
        rejected.join("\n")
    );
    assert!(
        per_program <= MAX_GIVE_UPS_PER_PROGRAM,
        "the checker gave up on {per_program:.2} expressions per program, more than \
         {MAX_GIVE_UPS_PER_PROGRAM}"
    );
}
