#![cfg(not(target_arch = "wasm32"))]
//! The `asyncplay` command line streams: what a program prints goes out as it is printed, so a
//! program printing far more than the memory it is allowed still runs to the end, and `--trace`
//! prints every event once, in order. It must never depend on files outside its temp dir.

use std::process::Command;

/// Writes `source` to a fresh file in the temp dir and returns its path.
fn program_file(name: &str, source: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("asyncplay-stream-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join(name);
    std::fs::write(&file, source).expect("write program");
    file
}

/// Runs `shell` with `$ASYNCPLAY` and `$PROGRAM` set; returns (exit code, stdout, stderr).
fn sh(shell: &str, program: &std::path::Path) -> (i32, String, String) {
    let output = Command::new("sh")
        .arg("-c")
        .arg(shell)
        .env("ASYNCPLAY", env!("CARGO_BIN_EXE_asyncplay"))
        .env("PROGRAM", program)
        .output()
        .expect("run sh");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_program_printing_more_than_its_memory_limit_runs_to_the_end() {
    // 120,000 lines of about 1 KB, printed in one poll: 120 MB of output under a 100 MB limit
    // on the whole address space, which only a runner that keeps no printed line stays under.
    let source = "fn main() {\n    let line = \"x\".repeat(1000);\n    for i in 0..120000 {\n        println!(\"{} {}\", i, line);\n    }\n}\n";
    let program = program_file("many_lines.rs", source);
    let (code, stdout, stderr) = sh(
        "ulimit -v 100000 && \"$ASYNCPLAY\" run \"$PROGRAM\" | awk 'END { print NR; print substr($0, 1, 12) }'",
        &program,
    );
    assert_eq!(
        (code, stdout.as_str()),
        (0, "120000\n119999 xxxxx\n"),
        "{stderr}"
    );
}

#[test]
fn the_trace_prints_every_event_once_in_order() {
    let source = "use futures::executor::block_on;\nuse async_playground::prelude::*;\nfn main() {\n    block_on(async {\n        for _ in 0..1000 {\n            yield_now().await;\n        }\n        println!(\"done\");\n    });\n}\n";
    let program = program_file("yields.rs", source);
    let (code, stdout, stderr) = sh("\"$ASYNCPLAY\" run \"$PROGRAM\" --trace", &program);
    assert_eq!((code, stdout.as_str()), (0, "done\n"));
    let numbers: Vec<usize> = stderr
        .lines()
        .filter_map(|line| line.split_once(':')?.0.parse().ok())
        .collect();
    // At least a poll and a wake for each yield, numbered from 1 without a gap or a repeat.
    assert!(numbers.len() > 2 * 1000, "{} entries", numbers.len());
    assert!(
        numbers.iter().copied().eq(1..=numbers.len()),
        "entries out of order"
    );
    assert!(
        stderr.contains("printed \"done\""),
        "the output line is traced"
    );
}
