#![cfg(not(target_arch = "wasm32"))]
//! Lazy iterators through the real `asyncplay` command line: a range is never materialised, and
//! adapters run item by item, calling the program's closures in the order and as often as the
//! compiled program does (each expected output here is what rustc's build prints).

mod cli_support;
use cli_support::asyncplay;

/// Asserts that `main_body` runs to completion printing `expected`.
fn assert_prints(name: &str, main_body: &str, expected: &str) {
    let source = format!("fn main() {{\n{main_body}\n}}\n");
    let (code, stdout, stderr) = asyncplay(name, &source, &[]);
    assert_eq!((code, stdout.as_str()), (0, expected), "{stderr}");
}

#[test]
fn a_twenty_million_range_sums_without_being_stored() {
    assert_prints(
        "sum.rs",
        "    let total: u64 = (0..20_000_000u64).sum();\n    println!(\"{total}\");\n    println!(\"{:?}\", (0..20_000_000u64).rev().last());",
        "199999990000000\nSome(0)\n",
    );
}

#[test]
fn adapters_over_huge_ranges_pull_only_what_they_need() {
    assert_prints(
        "huge.rs",
        "    println!(\"{:?}\", (0..1_000_000_000_000u64).map(|x| x * x).find(|x| *x > 50));\n    let firsts: Vec<u64> = (1..).step_by(5).skip(2).take(3).collect();\n    println!(\"{firsts:?} {}\", (0..1_000_000_000i64).filter(|x| x % 7 == 0).take(4).count());",
        "Some(64)\n[11, 16, 21] 4\n",
    );
}

#[test]
fn adapters_call_closures_lazily_in_rustcs_order() {
    assert_prints(
        "order.rs",
        "    let c: Vec<i32> = (0..2).chain(5..7).map(|x| { println!(\"see {x}\"); x }).take(3).collect();\n    println!(\"{c:?}\");\n    let v = vec![1, 2, 3, 4];\n    let mut it = v.iter();\n    println!(\"{:?} {:?}\", it.next(), it.next());\n    let rest: Vec<(usize, i32)> = it.map(|x| x * 10).enumerate().collect();\n    println!(\"{rest:?} {:?}\", (0..10u32).rev().step_by(3).zip(vec!['a', 'b']).collect::<Vec<_>>());",
        "see 0\nsee 1\nsee 5\n[0, 1, 5]\nSome(1) Some(2)\n[(0, 30), (1, 40)] [(9, 'a'), (6, 'b')]\n",
    );
}

#[test]
fn a_range_sum_that_overflows_panics_as_rustcs_debug_build_does() {
    let source = "fn main() {\n    println!(\"{}\", (-10..5i8).sum::<i8>());\n    println!(\"{}\", (-100..100i8).sum::<i8>());\n}\n";
    let (code, stdout, stderr) = asyncplay("overflow.rs", source, &[]);
    assert_eq!((code, stdout.as_str()), (101, "-45\n"), "{stderr}");
    assert!(
        stderr.contains("panicked at DIR/overflow.rs:3:20:\nattempt to add with overflow"),
        "{stderr}"
    );
}
