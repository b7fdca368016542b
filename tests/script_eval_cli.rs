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
            "error[E0425]: cannot find function `undefined_fn` in this scope\n --> DIR/bad.rs:1:13\n  |\n1 | fn main() { undefined_fn(); }\n  |             ^^^^^^^^^^^^ not found in this scope\n\nerror: aborting due to 1 previous error\n"
        )
    );
}

#[test]
fn a_method_nothing_has_is_refused_where_written_before_the_run() {
    let source = "struct P;\nimpl P {\n    fn norm(&self) -> i32 { 1 }\n}\nfn main() {\n    println!(\"start {}\", P.norm());\n    let v = vec![1];\n    println!(\"{}\", v.frobnicate());\n}\n";
    let (code, stdout, stderr) = asyncplay("unknown.rs", source, &[]);
    assert_eq!(
        (code, stdout.as_str(), stderr.as_str()),
        (
            1,
            "",
            "error: no method named `frobnicate` in the playground: no built-in type has it and \
             no impl in this program defines it\n --> DIR/unknown.rs:8:22\n  |\n8 |     \
             println!(\"{}\", v.frobnicate());\n  |                      ^^^^^^^^^^\n\n\
             error: aborting due to 1 previous error\n"
        )
    );
}

#[test]
fn a_built_in_method_the_receiver_lacks_exits_1_as_a_playground_limit() {
    let source = "fn main() {\n    println!(\"start\");\n    let n = 5;\n    println!(\"{}\", n.len());\n}\n";
    let (code, stdout, stderr) = asyncplay("lacks.rs", source, &[]);
    assert_eq!(
        (code, stdout.as_str(), stderr.as_str()),
        (
            1,
            "start\n",
            "DIR/lacks.rs:4:20: error: the playground has no method `len` for {integer}: if \
             rustc accepts the program, this is a playground limit\n"
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

#[test]
fn print_without_newline_at_exit_ends_the_output_as_rustc_does() {
    let source =
        "fn main() {\n    print!(\"a\");\n    println!(\"b\");\n    print!(\"no newline\");\n}\n";
    let (code, out, err) = asyncplay("partial.rs", source, &[]);
    assert_eq!((code, out.as_str()), (0, "ab\nno newline"), "{err}");
}

#[test]
fn print_without_newline_before_a_panic_stays_unterminated() {
    let source = "fn main() {\n    print!(\"half\");\n    let v: Vec<u8> = Vec::new();\n    let _x = v[0];\n}\n";
    let (code, out, _) = asyncplay("partial_panic.rs", source, &[]);
    assert_eq!((code, out.as_str()), (101, "half"));
}

#[test]
fn crlf_line_endings_inside_string_literals_read_as_newlines() {
    let source = "fn main() {\r\n    let s = \"a\r\nb\";\r\n    let t = r\"c\r\nd\";\r\n    let u = \"x\\\r\n      y\";\r\n    println!(\"{:?} {:?} {:?}\", s, t, u);\r\n}\r\n";
    let (code, out, err) = asyncplay("crlf.rs", source, &[]);
    assert_eq!(
        (code, out.as_str()),
        (0, "\"a\\nb\" \"c\\nd\" \"xy\"\n"),
        "{err}"
    );
}

#[test]
fn a_function_a_module_lacks_is_a_located_error_before_any_output() {
    let source = "mod shapes {\n    pub fn area() -> u32 { 1 }\n}\nfn main() {\n    println!(\"{}\", shapes::area());\n    shapes::perimeter();\n}\n";
    let (code, stdout, stderr) = asyncplay("missing_fn.rs", source, &[]);
    assert_eq!(
        (code, stdout.as_str(), stderr.as_str()),
        (
            1,
            "",
            "error: unsupported function `shapes::perimeter`\n --> DIR/missing_fn.rs:6:5\n  |\n6 |     shapes::perimeter();\n  |     ^^^^^^^^^^^^^^^^^\n\nerror: aborting due to 1 previous error\n"
        )
    );
}

#[test]
fn an_impl_missing_a_required_trait_method_is_a_located_error() {
    let source = "trait Shape {\n    fn area(&self) -> u32;\n    fn sides(&self) -> u32;\n}\nstruct Square;\nimpl Shape for Square {\n    fn area(&self) -> u32 { 1 }\n}\nfn main() {\n    println!(\"{}\", Square.area());\n}\n";
    let (code, stdout, stderr) = asyncplay("missing_method.rs", source, &[]);
    assert_eq!(
        (code, stdout.as_str(), stderr.as_str()),
        (
            1,
            "",
            "error: not all trait items implemented, missing: `sides`\n --> DIR/missing_method.rs:6:1\n  |\n6 | impl Shape for Square {\n  | ^^^^^^^^^^^^^^^^^^^^^^^\n\nerror: aborting due to 1 previous error\n"
        )
    );
}
