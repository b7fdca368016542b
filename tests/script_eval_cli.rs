#![cfg(not(target_arch = "wasm32"))]
//! The `asyncplay` command line: exit codes 0/1/2/101, stdout carrying only program output, and
//! rustc-like error formats on stderr. It must never depend on files outside its temp dir.

mod cli_support;
use cli_support::asyncplay;

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
