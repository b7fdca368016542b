#![cfg(not(target_arch = "wasm32"))]
//! The playground's limits through the real `asyncplay` command line: a program that reaches one
//! ends with exit code 2 and `error: playground limit reached: <kind>` on stderr, located, with
//! everything it printed before kept. It must never depend on files outside its temp dir.

mod cli_support;
use cli_support::asyncplay;

/// Asserts that `source` printed `stdout`, then stopped at `kind` at `location`.
fn assert_limit(name: &str, source: &str, stdout: &str, kind: &str, location: &str) {
    let (code, out, err) = asyncplay(name, source, &[]);
    assert_eq!((code, out.as_str()), (2, stdout), "{err}");
    let expected = format!("error: playground limit reached: {kind}\n --> DIR/{name}:{location}: ");
    assert!(err.starts_with(&expected), "{err}");
}

#[test]
fn endless_recursion_reaches_the_call_depth_limit() {
    let source = "fn down(n: u64) -> u64 {\n    down(n + 1) + 1\n}\n\nfn main() {\n    println!(\"before\");\n    println!(\"{}\", down(0));\n}\n";
    assert_limit("recurse.rs", source, "before\n", "call depth", "2:5");
}

#[test]
fn deeply_nested_source_reaches_the_nesting_limit() {
    let depth = 1_000;
    let source = format!(
        "fn main() {{\n    let x = {}1{};\n}}\n",
        "(".repeat(depth),
        ")".repeat(depth)
    );
    let (code, out, err) = asyncplay("nested.rs", &source, &[]);
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert!(
        err.contains("error: playground limit reached: nesting\n --> DIR/nested.rs:2:"),
        "{err}"
    );
}

#[test]
fn a_huge_string_reaches_the_memory_limit() {
    let source = "fn main() {\n    println!(\"before\");\n    let s = \"ab\".repeat(1 << 40);\n    println!(\"{}\", s.len());\n}\n";
    assert_limit("huge.rs", source, "before\n", "memory", "3:13");
}

#[test]
fn a_limit_is_told_apart_from_a_panic_in_the_run_status() {
    use async_playground::executor::Executor;
    use async_playground::script::eval::{load, RunFailure};
    let status = |source: &str| match load(source).map(|p| p.run(&Executor::new())) {
        Ok(Err(RunFailure::Panicked(error))) => error.status(),
        _ => String::from("no runtime error"),
    };
    assert_eq!(
        status("fn f() { f() }\nfn main() { f(); }\n"),
        "The playground's call depth limit stopped the program at 1:10: stack overflow: recursion deeper than 200 calls"
    );
    assert_eq!(
        status("fn main() { panic!(\"boom\"); }\n"),
        "The program panicked at 1:13: boom"
    );
}
