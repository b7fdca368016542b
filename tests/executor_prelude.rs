#![cfg(not(target_arch = "wasm32"))]
//! Lesson programs are real Rust written against the prelude: this checks that importing it
//! shadows std's `println!` and that output is attributed to tasks. It must never print through
//! std's macro by accident, which is exactly what it would do if the shadowing broke.

// A glob import alone cannot shadow std's `println!` (rustc reports the name as ambiguous between
// the glob and the std prelude), so lesson files name the macro explicitly next to the glob.
use async_playground::prelude::{println, *};
use expect_test::expect;

async fn greet(name: &'static str) {
    println!("hello from {name}");
    yield_now().await;
    println!("{name} again, {} ms later", 0);
}

#[test]
fn prelude_println_shadows_std_and_records_the_printing_task() {
    let executor = Executor::new();
    executor.block_on(async {
        println!();
        let other = spawn("other", greet("other"));
        greet("main").await;
        other.await;
    });
    let lines: Vec<String> = executor.output().iter().map(ToString::to_string).collect();
    expect![[r#"
        [main] 
        [main] hello from main
        [other] hello from other
        [main] main again, 0 ms later
        [other] other again, 0 ms later"#]]
    .assert_eq(&lines.join("\n"));
}
