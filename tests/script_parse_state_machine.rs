//! Snapshot tests of the async state-machine summaries and of syntax highlighting. They must
//! never depend on anything but the source text they read.

use async_playground::script::highlight::highlight;
use async_playground::script::parse;
use async_playground::script::state_machine::state_machines;
use expect_test::{expect, Expect};

/// Renders every async function's states and the locals kept at each await.
fn check(source: &str, expected: Expect) {
    let (file, diagnostics) = parse(source);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let mut out = String::new();
    for machine in state_machines(source, &file) {
        out.push_str(&format!(
            "{} ({} states)\n  0 not started\n",
            machine.function,
            machine.states().len()
        ));
        for (i, point) in machine.await_points.iter().enumerate() {
            let live = point.live_locals.join(", ");
            out.push_str(&format!(
                "  {} line {}: {}  keeps [{live}]\n",
                i + 1,
                point.line,
                point.text
            ));
        }
        out.push_str(&format!("  {} done\n", machine.await_points.len() + 1));
    }
    expected.assert_eq(&out);
}

#[test]
fn each_await_is_a_state_with_the_locals_it_keeps() {
    check(
        "async fn fetch(id: u32, retries: u8) -> String {
    let name = format!(\"user{id}\");
    let unused = 5;
    sleep(10).await;
    let body = download(&name)
        .await;
    let name = body.len();
    yield_now().await;
    format!(\"{name} {retries}\")
}
fn not_async() {}",
        expect![[r#"
            fetch (5 states)
              0 not started
              1 line 4: sleep(10).await  keeps [name, retries]
              2 line 6: download(&name).await  keeps [name, retries]
              3 line 8: yield_now().await  keeps [name, retries]
              4 done
        "#]],
    );
}

#[test]
fn loops_keep_what_the_next_iteration_uses_and_nested_futures_are_separate() {
    check(
        "struct Client { n: u32 }
impl Client {
    async fn run(&mut self, limit: u32) {
        let mut count = 0;
        while count < limit {
            let step = tick().await;
            count += step;
        }
        let task = async move { other().await };
        task.await;
    }
}",
        expect![[r#"
            Client::run (4 states)
              0 not started
              1 line 6: tick().await  keeps [count, limit]
              2 line 10: task.await  keeps []
              3 done
        "#]],
    );
}

#[test]
fn highlighting_classifies_every_byte() {
    let source = "#[derive(Debug)]\nasync fn f<'a>(x: &'a str) -> u32 { println!(\"{x}\"); /* c */ 1_0 + Some(2).unwrap() § }";
    let classes: Vec<String> = highlight(source)
        .into_iter()
        .filter(|(_, class)| format!("{class:?}") != "Whitespace")
        .map(|(range, class)| format!("{:?} {class:?}", &source[range]))
        .collect();
    expect![[r##"
        "#" Punctuation
        "[" Punctuation
        "derive" Ident
        "(" Punctuation
        "Debug" Type
        ")" Punctuation
        "]" Punctuation
        "async" Keyword
        "fn" Keyword
        "f" Ident
        "<" Punctuation
        "'a" Lifetime
        ">" Punctuation
        "(" Punctuation
        "x" Ident
        ":" Punctuation
        "&" Punctuation
        "'a" Lifetime
        "str" Ident
        ")" Punctuation
        "->" Punctuation
        "u32" Ident
        "{" Punctuation
        "println" Macro
        "!" Macro
        "(" Punctuation
        "\"{x}\"" String
        ")" Punctuation
        ";" Punctuation
        "/* c */" Comment
        "1_0" Number
        "+" Punctuation
        "Some" Type
        "(" Punctuation
        "2" Number
        ")" Punctuation
        "." Punctuation
        "unwrap" Ident
        "(" Punctuation
        ")" Punctuation
        "§" Error
        "}" Punctuation"##]]
    .assert_eq(&classes.join("\n"));
}

#[test]
fn highlighting_a_large_source_is_fast() {
    let line = "    let value = compute(x, \"text\", 'c') + 42u32; // comment\n";
    let source = line.repeat(100_000 / line.len());
    let started = std::time::Instant::now();
    let ranges = highlight(&source);
    let elapsed = started.elapsed();
    assert_eq!(ranges.last().map(|(r, _)| r.end), Some(source.len()));
    // Generous for unoptimised test builds on a shared machine; release measures well under 10 ms.
    assert!(elapsed.as_millis() < 500, "{elapsed:?}");
}

#[test]
fn long_chains_and_else_if_ladders_are_walked_without_recursion() {
    // Each is a tree as deep as it is long; walked recursively they would overflow the stack.
    let sum = vec!["x"; 100_000].join(" + ");
    let ladder: Vec<String> = (0..10_000)
        .map(|i| format!("if x == {i} {{ sleep({i}).await; }}"))
        .collect();
    let source = format!(
        "async fn long(x: u64) -> u64 {{\n    let kept = {sum};\n    {}\n    kept\n}}\n",
        ladder.join(" else ")
    );
    let (file, diagnostics) = parse(&source);
    assert!(diagnostics.is_empty(), "{:?}", diagnostics.first());
    let machines = state_machines(&source, &file);
    assert_eq!(machines[0].await_points.len(), 10_000);
    assert_eq!(machines[0].await_points[9_999].live_locals, ["kept"]);
}

#[test]
fn locals_that_must_be_dropped_are_kept_while_in_scope_and_join_is_a_state() {
    check(
        "struct Noisy(u32);
impl Drop for Noisy { fn drop(&mut self) {} }
async fn run(cell: &RefCell<u32>) {
    let guard = cell.borrow_mut();
    let count = 3;
    let noisy = Noisy(1);
    yield_now().await;
    drop(guard);
    let (a, b) = join!(first(), second());
    {
        let inner = String::from(\"x\");
        sleep(1).await;
    }
    sleep(2).await;
}",
        expect![[r#"
            run (6 states)
              0 not started
              1 line 7: yield_now().await  keeps [guard, noisy]
              2 line 9: join!(first(), second())  keeps [noisy]
              3 line 12: sleep(1).await  keeps [inner, noisy]
              4 line 14: sleep(2).await  keeps [noisy]
              5 done
        "#]],
    );
}
