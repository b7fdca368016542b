#![cfg(not(target_arch = "wasm32"))]
//! Programs that used to crash the interpreter itself (a native stack overflow, an index out of
//! range, a panic inside formatting, a huge allocation), each run through the real `asyncplay`
//! binary: no signal, the exit code of a clean stop, what was printed before the stop kept, and a
//! located message. It must never depend on files outside its temp dir.

mod cli_support;

/// What one run of `asyncplay run` ended with.
struct Run {
    /// `-1` when a signal ended it (an abort is SIGABRT): the crash this file is about.
    code: i32,
    stdout: String,
    stderr: String,
}

fn asyncplay(name: &str, source: &str) -> Run {
    run_with(name, source, &[])
}

/// Runs a program that rustc would reject (each level of a chain changes its type) past the
/// checker: the interpreter must still not crash on it.
fn asyncplay_unchecked(name: &str, source: &str) -> Run {
    run_with(name, source, &["--unchecked"])
}

fn run_with(name: &str, source: &str, extra: &[&str]) -> Run {
    let (code, stdout, stderr) = cli_support::asyncplay(name, source, extra);
    Run {
        code,
        stdout,
        stderr,
    }
}

/// Asserts a stop by a playground limit: exit 2, the limit named, the output before it kept.
fn assert_limit(run: &Run, limit: &str, printed: &str) {
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains(&format!("error: playground limit reached: {limit}")),
        "{}",
        run.stderr
    );
    assert_eq!(run.stdout, printed);
}

/// Asserts that `source` runs to the end, printing `printed`.
fn assert_prints(name: &str, source: &str, printed: &str) {
    let run = asyncplay(name, source);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, printed),
        "{}",
        run.stderr
    );
}

fn repeat(part: &str, times: usize, separator: &str) -> String {
    vec![part; times].join(separator)
}

#[test]
fn a_flat_sum_of_a_hundred_thousand_terms_runs() {
    let terms = repeat("1", 100_000, " + ");
    let source = format!("fn main() {{\n    let x: u64 = {terms};\n    println!(\"{{x}}\");\n}}\n");
    assert_prints("sum.rs", &source, "100000\n");
}

#[test]
fn a_hundred_thousand_chained_clones_run() {
    let clones = ".clone()".repeat(100_000);
    let source = format!(
        "fn main() {{\n    let s = String::from(\"chain\");\n    println!(\"{{}}\", s{clones});\n}}\n"
    );
    assert_prints("clones.rs", &source, "chain\n");
}

#[test]
fn more_locals_than_the_bytecode_holds_is_refused_before_the_run() {
    let lets: String = (0..70_000)
        .map(|i| format!("    let v{i} = {i};\n"))
        .collect();
    let source = format!(
        "fn main() {{\n    println!(\"start\");\n{lets}    println!(\"{{v69999}}\");\n}}\n"
    );
    let run = asyncplay("locals.rs", &source);
    assert_limit(&run, "program size", "");
    assert!(
        run.stderr
            .contains("more than 65535 local variables in one function"),
        "{}",
        run.stderr
    );
}

#[test]
fn three_hundred_arguments_and_a_seventy_thousand_element_literal_run() {
    let params: Vec<String> = (0..300).map(|i| format!("_a{i}: u64")).collect();
    let source = format!(
        "fn last({}) -> u64 {{ _a299 }}\nfn main() {{\n    println!(\"{{}}\", last({}));\n    let v = vec![{}];\n    println!(\"{{}}\", v.len());\n}}\n",
        params.join(", "),
        repeat("7", 300, ", "),
        repeat("0", 70_000, ", ")
    );
    let run = asyncplay("wide.rs", &source);
    assert_eq!(
        (run.code, run.stdout.as_str(), run.stderr.as_str()),
        (0, "7\n70000\n", "")
    );
}

#[test]
fn async_recursion_through_box_pin_stops_at_the_call_depth_limit() {
    let source = "use std::future::Future;\nuse std::pin::Pin;\n\
        fn depth(n: u64) -> Pin<Box<dyn Future<Output = u64>>> {\n    \
        Box::pin(async move { if n == 0 { 0 } else { depth(n - 1).await + 1 } })\n}\n\
        fn main() {\n    println!(\"start\");\n    \
        println!(\"{}\", futures::executor::block_on(depth(100_000)));\n}\n";
    let run = asyncplay("async_depth.rs", source);
    assert_limit(&run, "call depth", "start\n");
    assert!(
        run.stderr.contains("DIR/async_depth.rs:4:"),
        "{}",
        run.stderr
    );
}

#[test]
fn shallow_async_recursion_through_box_pin_runs() {
    let source = "use std::future::Future;\nuse std::pin::Pin;\n\
        fn depth(n: u64) -> Pin<Box<dyn Future<Output = u64>>> {\n    \
        Box::pin(async move { if n == 0 { 0 } else { depth(n - 1).await + 1 } })\n}\n\
        fn main() {\n    println!(\"{}\", futures::executor::block_on(depth(50)));\n}\n";
    assert_prints("async_shallow.rs", source, "50\n");
}

#[test]
fn a_precision_beyond_u16_is_rustcs_compile_error() {
    let source = "fn main() {\n    println!(\"{:.1000000000}\", 1.5);\n}\n";
    let run = asyncplay("precision.rs", source);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(
            "error: invalid format string: integer `1000000000` does not fit into the type `u16` whose range is `0..=65535`"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn a_width_argument_beyond_u16_panics_as_std_does() {
    let source = "fn main() {\n    println!(\"start\");\n    let w = usize::MAX;\n    println!(\"{:>w$}\", 1);\n}\n";
    let run = asyncplay("width.rs", source);
    assert_eq!((run.code, run.stdout.as_str()), (101, "start\n"));
    assert!(
        run.stderr
            .contains("panicked at DIR/width.rs:4:5:\nFormatting argument out of range"),
        "{}",
        run.stderr
    );
}

/// A linked list of `Option<Box<Node>>` a hundred thousand long.
const LONG_LIST: &str = "struct Node {\n    next: Option<Box<Node>>,\n}\n\
    fn main() {\n    println!(\"start\");\n    let mut head: Option<Box<Node>> = None;\n    \
    let mut i = 0;\n    while i < 100_000 {\n        head = (Box::new(Node { next: head }));\n        \
    i += 1;\n    }\n    println!(\"built\");\n}\n";

#[test]
fn dropping_a_hundred_thousand_node_list_ends_cleanly() {
    assert_prints("list.rs", LONG_LIST, "start\nbuilt\n");
}

#[test]
fn printing_a_million_deep_value_stops_at_the_nesting_limit() {
    // A million levels: far past the native stack budget in every build, however small its
    // frames (100,000 fit where frames are small).
    let source = LONG_LIST
        .replace(
            "struct Node",
            "#[derive(Debug, Clone, PartialEq)]\nstruct Node",
        )
        .replace("while i < 100_000", "while i < 1_000_000");
    let source = source.replace(
        "    println!(\"built\");\n",
        "    println!(\"built\");\n    println!(\"{:?}\", head);\n",
    );
    let run = asyncplay("print_list.rs", &source);
    assert_limit(&run, "nesting", "start\nbuilt\n");
    let cloned = source.replace("println!(\"{:?}\", head);", "let copy = head.clone();");
    assert_limit(
        &asyncplay("clone_list.rs", &cloned),
        "nesting",
        "start\nbuilt\n",
    );
    let compared = source.replace(
        "println!(\"{:?}\", head);",
        "println!(\"{}\", head == head);",
    );
    assert_limit(
        &asyncplay("eq_list.rs", &compared),
        "nesting",
        "start\nbuilt\n",
    );
}

#[test]
fn chains_of_plain_containers_are_overwritten_scoped_out_and_dropped_cleanly() {
    // Not valid Rust (each level changes the type), but the interpreter runs it and must not
    // recurse once per level when it lets go of the chain.
    let source = "fn main() {\n    let mut v = Vec::new();\n    \
        for _ in 0..100000 { v = vec![v]; }\n    v = Vec::new();\n    \
        println!(\"overwritten {}\", v.len());\n    {\n        let mut t = (0,);\n        \
        for _ in 0..100000 { t = (t,); }\n    }\n    println!(\"scoped\");\n    \
        let mut r = std::rc::Rc::new(0);\n    for _ in 0..100000 { r = std::rc::Rc::new(r); }\n    \
        drop(r);\n    println!(\"dropped\");\n}\n";
    let run = asyncplay_unchecked("containers.rs", source);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "overwritten 0\nscoped\ndropped\n")
    );
}

#[test]
fn a_hundred_thousand_boxed_futures_each_awaiting_the_last_drop_cleanly() {
    let source = "use futures::FutureExt;\nfn main() {\n    \
        let mut f = futures::future::ready(0u64).boxed_local();\n    \
        for _ in 0..100000 { f = async move { f.await + 1 }.boxed_local(); }\n    \
        println!(\"built\");\n}\n";
    assert_prints("futures.rs", source, "built\n");
}

#[test]
fn an_else_if_ladder_of_ten_thousand_arms_runs() {
    let mut ladder = String::new();
    for i in 0..10_000 {
        ladder += &format!("if x == {i} {{ {i} }} else ");
    }
    let source = format!(
        "fn main() {{\n    let x = 9_999;\n    let y = {ladder}{{ 0 }};\n    println!(\"{{y}}\");\n}}\n"
    );
    assert_prints("ladder.rs", &source, "9999\n");
}

#[test]
fn a_hundred_thousand_errors_report_the_first_hundred() {
    let source = format!(
        "fn main() {{\n{}}}\n",
        "    undefined_fn();\n".repeat(100_000)
    );
    let run = asyncplay("errors.rs", &source);
    assert_eq!(run.code, 1);
    let headlines = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("error["))
        .count();
    assert_eq!(headlines, 100);
    assert!(
        run.stderr.starts_with(
            "error[E0425]: cannot find function `undefined_fn` in this scope\n --> DIR/errors.rs:2:5\n"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn three_hundred_thousand_rcs_each_wrapping_the_last_are_read_through() {
    // Not valid Rust (each level changes the type), but reading through the chain must not
    // recurse once per level.
    let source = "use std::rc::Rc;\nfn main() {\n    let mut v = Rc::new(5);\n    \
        for _ in 0..300000 { v = Rc::new(v); }\n    println!(\"{} {}\", v, *v + 1);\n}\n";
    let run = asyncplay_unchecked("rcs.rs", source);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "5 6\n"),
        "{}",
        run.stderr
    );
}
