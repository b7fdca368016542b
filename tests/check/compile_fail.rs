//! The compile-fail suite: every program in `tests/compile_fail/` says in its header which
//! error rustc gives and where (`// expect: E0308 at line 10`, or `// expect: error at line 4`
//! for a deny-by-default lint without a code). rustc must reject it so (its verdicts are cached
//! by content under the target directory, and computed in parallel), and the playground's
//! checker must reject it with the same code at the same line. It never runs a program.

use std::collections::hash_map::DefaultHasher;
use std::hash::Hasher;
use std::path::{Path, PathBuf};
use std::process::Command;

use async_playground::script::check::check;
use async_playground::script::parse;

/// One program of the suite and the error it must get.
struct Case {
    path: PathBuf,
    source: String,
    /// `Some("E0308")`, or `None` for an error without a code.
    code: Option<String>,
    line: usize,
}

/// An error as `(code, line)`.
type Located = (Option<String>, usize);

fn cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/compile_fail");
    super::rust_files(&dir)
        .into_iter()
        .map(|path| {
            let source = std::fs::read_to_string(&path).expect("the program is readable");
            let expect = source
                .lines()
                .find_map(|l| l.strip_prefix("// expect: "))
                .unwrap_or_else(|| panic!("{}: no `// expect:` line", path.display()));
            let (code, line) = expect
                .split_once(" at line ")
                .unwrap_or_else(|| panic!("{}: `// expect: CODE at line N`", path.display()));
            Case {
                code: (code != "error").then(|| code.to_string()),
                line: line.trim().parse().expect("a line number"),
                path,
                source,
            }
        })
        .collect()
}

/// The errors rustc gives, from its JSON diagnostics.
fn rustc_errors(json: &str) -> Vec<Located> {
    json.lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|d| d["level"] == "error")
        .filter_map(|d| {
            let line = d["spans"]
                .as_array()?
                .iter()
                .find(|s| s["is_primary"] == true)?["line_start"]
                .as_u64()?;
            // A deny-by-default lint comes with its name as the code; rustc prints none.
            let code = d["code"]["code"]
                .as_str()
                .filter(|c| c.starts_with('E'))
                .map(str::to_string);
            Some((code, line as usize))
        })
        .collect()
}

/// Where the `futures` crate the tests link against lives, for rustc's `--extern`.
fn futures_rlib(deps: &Path) -> PathBuf {
    let mut candidates: Vec<PathBuf> = std::fs::read_dir(deps)
        .expect("the deps directory")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.starts_with("libfutures-") && name.ends_with(".rlib")
        })
        .collect();
    candidates.sort_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok());
    candidates
        .pop()
        .expect("the futures crate is built for the tests")
}

/// rustc's errors for one program, from the cache or by compiling it (to MIR, so that
/// deny-by-default lints are seen).
fn rustc_verdict(case: &Case, cache: &Path, deps: &Path, futures: &Path) -> Vec<Located> {
    let mut hasher = DefaultHasher::new();
    hasher.write(case.source.as_bytes());
    let stem = format!("{:016x}", hasher.finish());
    let cached = cache.join(format!("{stem}.json"));
    if let Ok(json) = std::fs::read_to_string(&cached) {
        return rustc_errors(&json);
    }
    let output = Command::new("rustc")
        .args([
            "--edition",
            "2021",
            "--error-format=json",
            "--emit=mir",
            "-o",
        ])
        .arg(cache.join(format!("{stem}.mir")))
        .arg("-L")
        .arg(format!("dependency={}", deps.display()))
        .arg("--extern")
        .arg(format!("futures={}", futures.display()))
        .arg(&case.path)
        .output()
        .expect("rustc runs");
    let json = String::from_utf8_lossy(&output.stderr).to_string();
    let _ = std::fs::write(&cached, &json);
    rustc_errors(&json)
}

/// The checker's errors for one program.
fn playground_errors(case: &Case) -> Vec<Located> {
    let (file, parse_errors) = parse(&case.source);
    if !parse_errors.is_empty() {
        return parse_errors.iter().map(|d| (None, d.line)).collect();
    }
    check(&file, &case.source)
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| (d.code.map(str::to_string), d.line))
        .collect()
}

#[test]
fn rustc_and_the_playground_reject_every_compile_fail_program_alike() {
    let cases = cases();
    assert!(
        cases.len() >= 80,
        "only {} compile-fail programs",
        cases.len()
    );
    let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("compile_fail");
    std::fs::create_dir_all(&cache).expect("the cache directory");
    let exe = std::env::current_exe().expect("the test binary");
    let deps = exe.parent().expect("the deps directory").to_path_buf();
    let futures = futures_rlib(&deps);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let verdicts: Vec<Vec<Located>> = std::thread::scope(|scope| {
        let chunks: Vec<_> = cases
            .chunks(cases.len().div_ceil(threads))
            .map(|chunk| {
                let (cache, deps, futures) = (&cache, &deps, &futures);
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|case| rustc_verdict(case, cache, deps, futures))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        chunks
            .into_iter()
            .flat_map(|h| h.join().expect("a rustc thread"))
            .collect()
    });
    let mut failures = Vec::new();
    for (case, rustc) in cases.iter().zip(&verdicts) {
        let expected = (case.code.clone(), case.line);
        let name = case
            .path
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().to_string());
        if !rustc.contains(&expected) {
            failures.push(format!("{name}: rustc gives {rustc:?}, not {expected:?}"));
        }
        let ours = playground_errors(case);
        if !ours.contains(&expected) {
            failures.push(format!(
                "{name}: the playground gives {ours:?}, not {expected:?}"
            ));
        }
    }
    println!("compile-fail: {} programs", cases.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
