#![cfg(not(target_arch = "wasm32"))]
//! The `asyncplay` command line: exit codes 0/1/2/101, stdout carrying only program output, and
//! rustc-like error formats on stderr. It must never depend on files outside its temp dir.

use std::process::Command;

/// Runs `asyncplay run` on `source`; returns (exit code, stdout, stderr).
fn asyncplay(name: &str, source: &str, extra: &[&str]) -> (i32, String, String) {
    let dir = std::env::temp_dir().join(format!("asyncplay-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join(name);
    std::fs::write(&file, source).expect("write program");
    let output = Command::new(env!("CARGO_BIN_EXE_asyncplay"))
        .arg("run")
        .arg(&file)
        .args(extra)
        .output()
        .expect("run asyncplay");
    let stderr = String::from_utf8_lossy(&output.stderr).replace(&*dir.to_string_lossy(), "DIR");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr,
    )
}

#[test]
fn successful_run_prints_only_program_output() {
    let source = "fn main() {\n    println!(\"out\");\n    eprintln!(\"err\");\n}\n";
    let (code, stdout, stderr) = asyncplay("ok.rs", source, &[]);
    assert_eq!(
        (code, stdout.as_str(), stderr.as_str()),
        (0, "out\n", "err\n")
    );
}

#[test]
fn trace_goes_to_stderr() {
    let source =
        "use futures::executor::block_on;\nfn main() { block_on(async { println!(\"hi\"); }); }\n";
    let (code, stdout, stderr) = asyncplay("trace.rs", source, &["--trace"]);
    assert_eq!((code, stdout.as_str()), (0, "hi\n"));
    assert!(stderr.lines().count() >= 4, "{stderr}");
}

#[test]
fn invalid_program_exits_1_with_located_errors() {
    let (code, stdout, stderr) = asyncplay("bad.rs", "fn main() { undefined_fn(); }\n", &[]);
    assert_eq!(
        (code, stdout.as_str(), stderr.as_str()),
        (
            1,
            "",
            "DIR/bad.rs:1:13: error: unsupported function `undefined_fn`\n"
        )
    );
}

#[test]
fn deadlock_exits_2_with_the_diagnosis() {
    let source = "use futures::executor::block_on;\nuse futures::future;\nfn main() { block_on(future::pending::<()>()); }\n";
    let (code, stdout, stderr) = asyncplay("stuck.rs", source, &[]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(stderr.contains("can never finish"), "{stderr}");
}

#[test]
fn panic_exits_101_like_rustc() {
    let source = "fn main() {\n    println!(\"before\");\n    panic!(\"boom {}\", 1);\n}\n";
    let (code, stdout, stderr) = asyncplay("panic.rs", source, &[]);
    assert_eq!((code, stdout.as_str()), (101, "before\n"));
    assert!(
        stderr.starts_with("thread 'main' panicked at DIR/panic.rs:3:5:\nboom 1\n"),
        "{stderr}"
    );
}
