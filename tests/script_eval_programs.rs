#![cfg(not(target_arch = "wasm32"))]
//! Interpreted programs produce what rustc + futures 0.3 produce: output and per-task poll
//! counts, snapshotted through one `check` function. For the tricky cases the same program is
//! also written as compiled Rust below, run on the project's `Executor`, and compared, so the
//! expectations are proven rather than guessed. These tests must never depend on wall-clock time.

use async_playground::executor::Executor;
use async_playground::prelude::println;
use async_playground::script::eval::{load, RunFailure};
use expect_test::{expect, Expect};
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

/// Runs `source` interpreted; returns its output lines and the poll counts of every task but
/// the root `fn main`.
fn run_interpreted(source: &str) -> String {
    let program = match load(source) {
        Ok(program) => program,
        Err(diagnostics) => return diagnostics.iter().map(|d| format!("error {d}\n")).collect(),
    };
    let executor = Executor::new().with_trace(false);
    let outcome = program.run(&executor);
    let mut text = render(&executor);
    match outcome {
        Ok(()) => {}
        Err(RunFailure::Panicked(e)) => text.push_str(&format!("panicked at {e}\n")),
        Err(RunFailure::Stalled(d)) => text.push_str(&format!("stalled: {d}\n")),
    }
    text
}

fn render(executor: &Executor) -> String {
    let mut text: String = executor
        .output()
        .iter()
        .map(|l| format!("{}\n", l.text))
        .collect();
    let polls: Vec<String> = executor
        .stats()
        .per_task
        .iter()
        .filter(|t| t.task.name.as_str() != "fn main")
        .map(|t| format!("{}={}", t.task.name.as_str(), t.stats.polls))
        .collect();
    text.push_str(&format!("polls: {}\n", polls.join(" ")));
    text
}

fn check(source: &str, expected: Expect) {
    expected.assert_eq(&run_interpreted(source));
}

/// Runs compiled `future` as task `main`, rendered like [`run_interpreted`].
fn run_compiled<F: Future<Output = ()> + 'static>(future: F) -> String {
    let executor = Executor::new().with_trace(false);
    executor.block_on(future);
    render(&executor)
}

const JOIN_FAIRNESS: &str = r#"
use futures::executor::block_on;
use futures::join;
use async_playground::prelude::*;

async fn worker(name: &str, steps: u32) -> u32 {
    for i in 0..steps {
        println!("{name} step {i}");
        yield_now().await;
    }
    steps * 10
}

fn main() {
    block_on(async {
        let (a, b, c) = join!(worker("a", 1), worker("b", 3), worker("c", 2));
        println!("{a} {b} {c}");
    });
}
"#;

async fn worker(name: &'static str, steps: u32) -> u32 {
    for i in 0..steps {
        println!("{name} step {i}");
        async_playground::executor::yield_now().await;
    }
    steps * 10
}

#[test]
fn join_polls_every_unfinished_child_in_order() {
    let compiled = run_compiled(async {
        let (a, b, c) = futures::join!(worker("a", 1), worker("b", 3), worker("c", 2));
        println!("{a} {b} {c}");
    });
    assert_eq!(run_interpreted(JOIN_FAIRNESS), compiled);
    check(
        JOIN_FAIRNESS,
        expect![[r#"
        a step 0
        b step 0
        c step 0
        b step 1
        c step 1
        b step 2
        10 30 20
        polls: main=4
    "#]],
    );
}

const SELECT_NEVER_READY: &str = r#"
use futures::executor::block_on;
use futures::future::{self, Either};
use async_playground::prelude::*;

async fn slow() -> u32 {
    yield_now().await;
    yield_now().await;
    7
}

fn main() {
    block_on(async {
        match future::select(future::pending::<u32>(), Box::pin(slow())).await {
            Either::Left((v, _)) => println!("left {v}"),
            Either::Right((v, _rest)) => println!("right {v}"),
        }
    });
}
"#;

#[test]
fn select_polls_both_sides_until_one_is_ready() {
    let compiled = run_compiled(async {
        let slow = async {
            async_playground::executor::yield_now().await;
            async_playground::executor::yield_now().await;
            7u32
        };
        match futures::future::select(futures::future::pending::<u32>(), Box::pin(slow)).await {
            futures::future::Either::Left((v, _)) => println!("left {v}"),
            futures::future::Either::Right((v, _rest)) => println!("right {v}"),
        }
    });
    assert_eq!(run_interpreted(SELECT_NEVER_READY), compiled);
    check(
        SELECT_NEVER_READY,
        expect![[r#"
        right 7
        polls: main=3
    "#]],
    );
}

const COUNTDOWN: &str = r#"
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use futures::executor::block_on;
use futures::future::FutureExt;
use async_playground::prelude::*;

struct Countdown {
    remaining: u32,
}

impl Future for Countdown {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        if self.remaining == 0 {
            return Poll::Ready(99);
        }
        println!("{} left", self.remaining);
        self.remaining -= 1;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

fn main() {
    let n = block_on(Countdown { remaining: 3 }.map(|n| n + 1).then(|n| async move { n * 2 }));
    println!("got {n}");
}
"#;

struct Countdown {
    remaining: u32,
}

impl Future for Countdown {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        if self.remaining == 0 {
            return Poll::Ready(99);
        }
        println!("{} left", self.remaining);
        self.remaining -= 1;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

#[test]
fn hand_written_future_with_combinators_is_polled_like_compiled() {
    use futures::FutureExt;
    let compiled = run_compiled(async {
        let n = Countdown { remaining: 3 }
            .map(|n| n + 1)
            .then(|n| async move { n * 2 })
            .await;
        async_playground::executor::print_line(format!("got {n}"));
    });
    // The compiled `main` prints `got` inside the task; the interpreted one after `block_on`.
    assert_eq!(run_interpreted(COUNTDOWN), compiled);
    check(
        COUNTDOWN,
        expect![[r#"
        3 left
        2 left
        1 left
        got 200
        polls: main=4
    "#]],
    );
}

/// Items written once, as source for the interpreter and compiled as a block whose `main` is
/// returned, so that the interpreted output is checked against what rustc's build prints.
macro_rules! source_and_compiled {
    ($($item:item)*) => {
        (stringify!($($item)*), { $($item)* main })
    };
}

#[test]
fn closures_assigning_captures_see_and_keep_what_rust_does() {
    let (source, compiled) = source_and_compiled! {
        use async_playground::prelude::println;
        struct Pair(u32, u32);
        fn main() {
            let mut calls = 0;
            let mut count = || { calls += 1; calls };
            count();
            count();
            println!("count {}", count());
            println!("calls {calls}");
            let mut total = 10;
            let mut add = move |n: u32| { total += n; total };
            add(1);
            println!("move keeps its copy {}", add(2));
            total += 100;
            println!("outer total {total}");
            let mut log = String::new();
            let mut push = |word: &str| log = format!("{log}{word} ");
            push("a");
            push("b");
            println!("log {log}");
            let mut level = 0;
            let mut outer = || { let mut inner = || level += 1; inner(); inner(); };
            outer();
            println!("level {level}");
            let mut slot = Some(3);
            let mut grab = || slot.take();
            println!("{:?} {:?}", grab(), grab());
            println!("slot {slot:?}");
            let mut pair = Pair(1, 2);
            pair.0 += 5;
            pair.1 = pair.0 * 2;
            println!("pair {} {}", pair.0, pair.1);
        }
    };
    let interpreted = run_interpreted(source);
    let compiled = run_compiled(async move { compiled() });
    assert_eq!(interpreted.lines().next_back(), Some("polls: "));
    assert_eq!(
        interpreted
            .lines()
            .filter(|l| !l.starts_with("polls:"))
            .collect::<Vec<_>>(),
        compiled
            .lines()
            .filter(|l| !l.starts_with("polls:"))
            .collect::<Vec<_>>()
    );
    check(
        source,
        expect![[r#"
        count 3
        calls 3
        move keeps its copy 13
        outer total 110
        log a b 
        level 2
        Some(3) None
        slot None
        pair 6 12
        polls: 
    "#]],
    );
}

#[test]
fn fused_comparisons_keep_both_paths_of_a_conditional_condition() {
    let source = "fn main() {\n    let (a, b) = (1, 2);\n    for c in [true, false] {\n        if if c { a < b } else { b < a } { println!(\"yes\"); } else { println!(\"no\"); }\n    }\n    let mut n = 0;\n    while n < 3 && n != 7 { n += 1; }\n    println!(\"{n}\");\n}\n";
    check(
        source,
        expect![[r#"
        yes
        no
        3
        polls: 
    "#]],
    );
}

#[test]
fn stored_waker_wakes_the_parked_task() {
    let source = r#"
use std::cell::RefCell;
use std::rc::Rc;
use std::task::{Poll, Waker};
use futures::executor::block_on;
use futures::future;
use async_playground::prelude::*;

fn main() {
    let slot: Rc<RefCell<Option<Waker>>> = Rc::new(RefCell::new(None));
    let parked = Rc::clone(&slot);
    let polls = Rc::new(RefCell::new(0));
    block_on(async move {
        let waiter = spawn("waiter", future::poll_fn(move |cx| {
            *polls.borrow_mut() += 1;
            if *polls.borrow() > 1 {
                return Poll::Ready(42);
            }
            parked.borrow_mut().replace(cx.waker().clone());
            Poll::Pending
        }));
        yield_now().await;
        let waker = slot.borrow_mut().take();
        println!("parked: {}", waker.is_some());
        if let Some(waker) = waker {
            waker.wake();
        }
        println!("got {}", waiter.await);
    });
}
"#;
    let compiled = run_compiled(async {
        let slot: Rc<RefCell<Option<Waker>>> = Rc::new(RefCell::new(None));
        let parked = Rc::clone(&slot);
        let polls = Rc::new(RefCell::new(0));
        let waiter = async_playground::executor::spawn(
            "waiter",
            futures::future::poll_fn(move |cx: &mut Context<'_>| {
                *polls.borrow_mut() += 1;
                if *polls.borrow() > 1 {
                    return Poll::Ready(42);
                }
                *parked.borrow_mut() = Some(cx.waker().clone());
                Poll::Pending
            }),
        );
        async_playground::executor::yield_now().await;
        let waker = slot.borrow_mut().take();
        println!("parked: {}", waker.is_some());
        if let Some(waker) = waker {
            waker.wake();
        }
        println!("got {}", waiter.await);
    });
    assert_eq!(run_interpreted(source), compiled);
    check(
        source,
        expect![[r#"
        parked: true
        got 42
        polls: main=3 waiter=2
    "#]],
    );
}

#[test]
fn debug_and_display_formatting_match_rustc() {
    #[derive(Debug)]
    #[allow(dead_code)]
    struct S {
        a: i32,
        b: &'static str,
        c: Option<(i32, Vec<i32>)>,
    }
    let s = S {
        a: 1,
        b: "x\"y",
        c: Some((2, vec![3, 4])),
    };
    let expected = format!(
        "{s:?}\n{s:#?}\n[{:>5}|{:<4}|{:^7}|{:05}|{:+}|{:.2}|{:x}|{:#b}]\n{:?} {:?} {:?} {:?}\n",
        42,
        "ab",
        "mid",
        -7,
        3,
        2.5f64,
        255,
        5,
        (1,),
        'c',
        1.0f64,
        Poll::<i32>::Pending
    );
    let source = r#"
use std::task::Poll;
#[derive(Debug)]
struct S { a: i32, b: &'static str, c: Option<(i32, Vec<i32>)> }
fn main() {
    let s = S { a: 1, b: "x\"y", c: Some((2, vec![3, 4])) };
    println!("{s:?}");
    println!("{:#?}", s);
    println!("[{:>5}|{:<4}|{:^7}|{:05}|{:+}|{:.2}|{:x}|{:#b}]", 42, "ab", "mid", -7, 3, 2.5, 255, 5);
    let p: Poll<i32> = Poll::Pending;
    println!("{:?} {:?} {:?} {:?}", (1,), 'c', 1.0, p);
}
"#;
    let interpreted = run_interpreted(source);
    assert_eq!(interpreted, format!("{expected}polls: \n"));
}

#[test]
fn padded_numbers_text_and_escapes_match_rustc() {
    let owned = String::from("héllo");
    let expected = format!(
        "[{:>6}|{:<6}|{:^7}|{:*>5}|{:.3}|{:>8.2}|{:?}|{:?}]\n[{}|{}|{:>42}|{:+}|{:>+6}|{:06}]\n",
        true,
        'é',
        false,
        'x',
        owned,
        "abc",
        "tab\there",
        owned,
        u128::MAX,
        i128::MIN,
        i64::MIN,
        0,
        7,
        -42
    );
    let source = r#"
fn main() {
    let owned = String::from("héllo");
    println!("[{:>6}|{:<6}|{:^7}|{:*>5}|{:.3}|{:>8.2}|{:?}|{:?}]", true, 'é', false, 'x', owned, "abc", "tab\there", owned);
    println!("[{}|{}|{:>42}|{:+}|{:>+6}|{:06}]", u128::MAX, i128::MIN, i64::MIN, 0, 7, -42);
}
"#;
    let interpreted = run_interpreted(source);
    assert_eq!(interpreted, format!("{expected}polls: \n"));
}

#[test]
fn long_computation_is_time_sliced_without_changing_output() {
    let source = r#"
use futures::executor::block_on;
use futures::join;
use async_playground::prelude::*;
fn fib(n: u64) -> u64 { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }
async fn long() { println!("fib {}", fib(22)); }
async fn short() { println!("short"); }
fn main() { block_on(async { join!(long(), short()); }); }
"#;
    let program = load(source).map_err(|d| format!("{d:?}")).unwrap();
    let executor = Executor::new().with_trace(false);
    assert_eq!(program.run(&executor), Ok(()));
    let lines: Vec<String> = executor.output().into_iter().map(|l| l.text).collect();
    assert_eq!(lines, ["fib 17711", "short"]);
    assert!(!program.blocking_reports().is_empty());
}

#[test]
fn runtime_errors_are_located_panics() {
    check(
        "fn main() {\n    let v = vec![1, 2];\n    let x: i64 = 9223372036854775807;\n    println!(\"{}\", v[0]);\n    println!(\"{}\", x + v[1]);\n}\n",
        expect![[r#"
            1
            polls: 
            panicked at 5:20: attempt to add with overflow
        "#]],
    );
    check(
        "fn f(n: u32) -> u32 { f(n + 1) }\nfn main() { f(0); }\n",
        expect![[r#"
            polls: 
            panicked at 1:23: stack overflow: recursion deeper than 100000 calls
        "#]],
    );
    check(
        "fn main() { let o: Option<i32> = None; o.unwrap(); }",
        expect![[r#"
        polls: 
        panicked at 1:40: called `Option::unwrap()` on a `None` value
    "#]],
    );
}

#[test]
fn unsupported_names_are_located_errors() {
    check(
        "fn main() { let x = mystery(1); x.frob(); }",
        expect![[r#"
            error 1:21: cannot find function `mystery` in this scope
        "#]],
    );
}

#[test]
fn strings_vectors_options_and_iterators() {
    check(
        r#"
fn main() {
    let mut s = String::from("Hello");
    s.push_str(", world");
    s.push('!');
    println!("{} {} {} {}", s, s.len(), s.to_uppercase(), s.contains("world"));
    let words: Vec<&str> = "a bb  ccc".split_whitespace().collect();
    println!("{:?} {}", words, words.join("-"));
    let mut v = vec![3, 1, 2];
    v.sort();
    v.insert(0, 9);
    let evens: Vec<i32> = v.iter().filter(|x| *x % 2 == 0).map(|x| x * 10).collect();
    let total: i32 = v.iter().sum();
    println!("{:?} {:?} {} {:?} {:?}", v, evens, total, v.first(), v.get(10));
    for (i, x) in v.iter().enumerate().rev() { print!("{i}:{x} "); }
    println!();
    let n: i32 = "42".parse().unwrap();
    let mut o = Some(n);
    let t = o.take();
    println!("{:?} {:?} {} {}", o, t, o.unwrap_or(7), matches!(t, Some(x) if x > 40));
    let r: Result<i32, String> = Err("bad".to_string());
    match r { Ok(v) => println!("ok {v}"), Err(e) => println!("err {e}") }
    let drained: Vec<i32> = v.drain(..).collect();
    println!("{:?} {:?} {}", drained, v, v.is_empty());
}
"#,
        expect![[r#"
            Hello, world! 13 HELLO, WORLD! true
            ["a", "bb", "ccc"] a-bb-ccc
            [9, 1, 2, 3] [20] 15 Some(9) None
            3:3 2:2 1:1 0:9 
            None Some(42) 7 true
            err bad
            [9, 1, 2, 3] [] true
            polls: 
        "#]],
    );
}

#[test]
fn declared_integer_types_overflow_like_debug_rustc() {
    check("fn main() {\n    let mut n: u32 = 1;\n    n -= 1;\n    println!(\"{n}\");\n    n -= 1;\n}\n", expect![[r#"
        0
        polls: 
        panicked at 5:5: attempt to subtract with overflow
    "#]]);
}

#[test]
fn thread_sleep_blocks_without_advancing_the_clock() {
    let source = "use futures::executor::block_on;\nuse std::time::Duration;\nfn main() {\n    block_on(async { std::thread::sleep(Duration::from_millis(50)); println!(\"slept\"); });\n}\n";
    let program = load(source).map_err(|d| format!("{d:?}")).unwrap();
    let executor = Executor::new().with_trace(false);
    assert_eq!(program.run(&executor), Ok(()));
    assert_eq!(executor.now_ms(), 0);
    assert_eq!(
        program.blocking_reports(),
        ["`std::thread::sleep` blocked the executor for 50 ms: no other task could run"]
    );
}

#[test]
fn lost_waker_stalls_the_program() {
    let source = r#"
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use futures::executor::block_on;
struct Forgetful;
impl Future for Forgetful {
    type Output = ();
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        println!("polled once");
        Poll::Pending
    }
}
fn main() { block_on(Forgetful); }
"#;
    check(
        source,
        expect![[r#"
        polled once
        polls: main=1
        stalled: deadlock: no task is ready and no timer is pending, but these tasks are unfinished: `fn main`, `main`
    "#]],
    );
}

const JOIN_ALL_AND_THEN: &str = r#"
use futures::executor::block_on;
use futures::future::{self, Either, FutureExt, TryFutureExt};
use async_playground::prelude::*;

async fn step(n: u32) -> u32 {
    for _ in 0..n {
        yield_now().await;
    }
    println!("step {n} done");
    n
}

async fn checked(n: u32) -> Result<u32, String> {
    yield_now().await;
    if n > 1 { Ok(n) } else { Err(format!("too small: {n}")) }
}

fn main() {
    block_on(async {
        let all = future::join_all(vec![step(2), step(0), step(1)]).await;
        println!("{:?}", all);
        let doubled = checked(3).and_then(|n| async move { Ok::<u32, String>(n * 2) }).await;
        let failed = checked(1).and_then(|n| async move { Ok::<u32, String>(n * 2) }).await;
        println!("{:?} {:?}", doubled, failed);
        let pick = if all.len() > 2 { Either::Left(step(1)) } else { Either::Right(future::ready(0)) };
        let joined = future::join(pick, step(0).map(|n| n + 100)).await;
        println!("{:?}", joined);
    });
}
"#;

async fn step(n: u32) -> u32 {
    for _ in 0..n {
        async_playground::executor::yield_now().await;
    }
    println!("step {n} done");
    n
}

async fn checked(n: u32) -> Result<u32, String> {
    async_playground::executor::yield_now().await;
    if n > 1 {
        Ok(n)
    } else {
        Err(format!("too small: {n}"))
    }
}

#[test]
fn join_all_and_then_and_either_poll_like_futures() {
    use futures::future::{self, Either, FutureExt, TryFutureExt};
    let compiled = run_compiled(async {
        let all = future::join_all(vec![step(2), step(0), step(1)]).await;
        println!("{:?}", all);
        let doubled = checked(3)
            .and_then(|n| async move { Ok::<u32, String>(n * 2) })
            .await;
        let failed = checked(1)
            .and_then(|n| async move { Ok::<u32, String>(n * 2) })
            .await;
        println!("{:?} {:?}", doubled, failed);
        let pick = if all.len() > 2 {
            Either::Left(step(1))
        } else {
            Either::Right(future::ready(0))
        };
        let joined = future::join(pick, step(0).map(|n| n + 100)).await;
        println!("{:?}", joined);
    });
    assert_eq!(run_interpreted(JOIN_ALL_AND_THEN), compiled);
    check(
        JOIN_ALL_AND_THEN,
        expect![[r#"
        step 0 done
        step 1 done
        step 2 done
        [2, 0, 1]
        Ok(6) Err("too small: 1")
        step 0 done
        step 1 done
        (1, 100)
        polls: main=6
    "#]],
    );
}
