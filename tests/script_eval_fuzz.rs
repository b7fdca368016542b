#![cfg(not(target_arch = "wasm32"))]
//! Robustness of the evaluator: mutated lesson-style programs go through parse, lowering and a
//! run with a step limit, and must never panic or hang. `SCRIPT_FUZZ_ITERATIONS` sets how many
//! (default a few hundred). This file must never use randomness that is not seeded.

use async_playground::executor::{Executor, Progress};
use async_playground::script::eval::load;

const SEED_PROGRAM: &str = r#"
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::rc::Rc;
use std::cell::RefCell;
use futures::executor::block_on;
use futures::future::{self, Either, FutureExt};
use futures::join;
use async_playground::prelude::*;

#[derive(Debug)]
struct Counter { n: u32, log: Vec<String> }

impl Future for Counter {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        if self.n >= 3 { return Poll::Ready(self.n); }
        self.n += 1;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

async fn work(id: u32, shared: Rc<RefCell<Vec<u32>>>) -> u32 {
    for i in 0..3 {
        shared.borrow_mut().push(id * 10 + i);
        yield_now().await;
    }
    id
}

fn main() {
    let shared = Rc::new(RefCell::new(Vec::new()));
    let total = block_on(async {
        let (a, b) = join!(work(1, shared.clone()), work(2, shared.clone()));
        let c = Counter { n: 0, log: vec![] }.map(|n| n * 2).await;
        match future::select(Box::pin(sleep(5)), Box::pin(async { 4 })).await {
            Either::Left(_) => println!("left"),
            Either::Right((v, _)) => println!("right {v}"),
        }
        let mut s = String::new();
        let mut k = 0;
        while k < 5 { s.push_str(&format!("{k},")); k += 1; }
        println!("{s} {:?}", shared.borrow());
        a + b + c
    });
    println!("total {total}");
}
"#;

/// A small seeded generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 as usize
    }
}

/// Deletes, duplicates or swaps a random slice of the program.
fn mutate(source: &str, rng: &mut Rng) -> String {
    let chars: Vec<char> = source.chars().collect();
    let at = rng.next() % chars.len();
    let len = 1 + rng.next() % 12;
    let end = (at + len).min(chars.len());
    let mut out: Vec<char> = chars[..at].to_vec();
    match rng.next() % 3 {
        0 => {}
        1 => out.extend_from_slice(&chars[at..end].repeat(2)),
        _ => out.extend(chars[at..end].iter().rev()),
    }
    out.extend_from_slice(&chars[end..]);
    out.into_iter().collect()
}

fn run_bounded(source: &str) {
    let Ok(program) = load(source) else { return };
    let executor = Executor::new().with_trace(false);
    executor.spawn("fn main", program.main_future());
    // One poll per tick bounds an infinite loop to a few time slices per program.
    for _ in 0..60 {
        let progress = executor.tick(1);
        if program.error().is_some() || matches!(progress, Progress::Done | Progress::Stalled(_)) {
            return;
        }
    }
}

#[test]
fn seed_program_runs() {
    let program = load(SEED_PROGRAM).unwrap_or_else(|d| panic!("{d:?}"));
    let executor = Executor::new().with_trace(false);
    assert_eq!(program.run(&executor), Ok(()));
    let lines: Vec<String> = executor.output().into_iter().map(|l| l.text).collect();
    assert_eq!(
        lines,
        ["right 4", "0,1,2,3,4, [10, 20, 11, 21, 12, 22]", "total 9"]
    );
}

#[test]
fn mutated_programs_never_panic_or_hang() {
    let iterations = std::env::var("SCRIPT_FUZZ_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..iterations {
        let mut source = SEED_PROGRAM.to_string();
        for _ in 0..1 + rng.next() % 3 {
            source = mutate(&source, &mut rng);
        }
        run_bounded(&source);
    }
}
