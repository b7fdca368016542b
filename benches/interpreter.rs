//! Interpreter speed against compiled Rust on the same `Executor`: a tight arithmetic loop, an
//! async ping-pong of yields across tasks, copies of `Copy` structs and arrays and moves out of
//! fields, and string formatting. Each compiled peer is the same
//! program with the same integer types and the overflow checks of the debug build the
//! interpreter follows, kept from being computed at compile time by `black_box`. Prints both
//! on-CPU times (best of interleaved samples), the slowdown and interpreted statements per
//! second; with `--instructions`, instructions counted by callgrind instead. It must never
//! assert on timings.

use std::future::Future;
use std::hint::black_box;
use std::time::Duration;

use async_playground::executor::{yield_now, Executor};
use async_playground::script::eval::{load, Program};
use support::{argument, instructions, time_after_setup};

mod support;

/// Interleaved samples per side: the best of each is kept, so that load from other processes
/// hits both sides alike.
const RUNS: usize = 5;

const LOOP_N: i64 = 2_000_000;

const ARITHMETIC: &str = "
fn main() {
    let mut sum: i64 = 0;
    let mut i: i64 = 0;
    while i < 2000000 {
        sum += i;
        i += 1;
    }
    println!(\"{sum}\");
}
";

const PING_PONG: &str = "
use futures::executor::block_on;
use async_playground::prelude::*;
async fn player(rounds: u32) {
    for _ in 0..rounds {
        yield_now().await;
    }
}
fn main() {
    block_on(async {
        let mut handles = Vec::new();
        for i in 0..10 {
            handles.push(spawn(format!(\"p{i}\"), player(100)));
        }
        for h in handles {
            h.await;
        }
    });
}
";

const FORMATTING: &str = "
fn main() {
    let mut total = 0;
    for i in 0..20000 {
        let s = format!(\"{} {:?} {:>6}\", i, \"x\", i * 2);
        total += s.len();
    }
    println!(\"{total}\");
}
";

const COPIES_N: i64 = 20000;

const COPIES: &str = "
#[derive(Clone, Copy)]
struct Point {
    x: i64,
    y: i64,
}

impl Point {
    fn moved(mut self, by: i64) -> Point {
        self.x += by;
        self
    }
}

struct Bag {
    items: Vec<i64>,
}

impl Bag {
    fn items(self) -> Vec<i64> {
        self.items
    }
}

fn main() {
    let mut sum: i64 = 0;
    let mut i: i64 = 0;
    while i < 20000 {
        let p = Point { x: i, y: 1 }.moved(1);
        let row = [p, p, p, p];
        let copy = row;
        let bag = Bag { items: vec![copy[3].x; 64] };
        let items = bag.items();
        sum += items[63] + p.y;
        i += 1;
    }
    println!(\"{sum}\");
}
";

/// One program, interpreted and compiled.
struct Workload {
    name: &'static str,
    source: &'static str,
    compiled: fn() -> CompiledPeer,
    /// Statements the interpreted program runs.
    statements: f64,
}

/// A compiled peer, boxed so that every workload's fits one type.
type CompiledPeer = std::pin::Pin<Box<dyn Future<Output = ()>>>;

fn arithmetic_peer() -> CompiledPeer {
    Box::pin(async {
        let (mut sum, mut i) = (0i64, 0i64);
        while black_box(i) < LOOP_N {
            sum = checked(sum.checked_add(i));
            i = checked(i.checked_add(1));
        }
        black_box(sum);
    })
}

/// What a debug build's `+` does on overflow.
fn checked(sum: Option<i64>) -> i64 {
    sum.unwrap_or_else(|| panic!("attempt to add with overflow"))
}

fn ping_pong_peer() -> CompiledPeer {
    Box::pin(async {
        let handles: Vec<_> = (0..10)
            .map(|i| {
                async_playground::executor::spawn(format!("p{i}"), async {
                    for _ in 0..black_box(100u32) {
                        yield_now().await;
                    }
                })
            })
            .collect();
        for h in handles {
            h.await;
        }
    })
}

fn formatting_peer() -> CompiledPeer {
    Box::pin(async {
        // As rustc infers them: `i` an `i32`, `total` a `usize` from `s.len()`.
        let mut total: usize = 0;
        for i in 0..black_box(20000i32) {
            let doubled = i.checked_mul(2).unwrap_or_else(|| panic!("overflow"));
            let s = format!("{} {:?} {:>6}", i, "x", doubled);
            total = total
                .checked_add(s.len())
                .unwrap_or_else(|| panic!("overflow"));
        }
        black_box(total);
    })
}

#[derive(Clone, Copy)]
struct Point {
    x: i64,
    y: i64,
}

impl Point {
    fn moved(mut self, by: i64) -> Point {
        self.x = checked(self.x.checked_add(by));
        self
    }
}

struct Bag {
    items: Vec<i64>,
}

impl Bag {
    fn items(self) -> Vec<i64> {
        self.items
    }
}

fn copies_peer() -> CompiledPeer {
    Box::pin(async {
        let (mut sum, mut i) = (0i64, 0i64);
        while black_box(i) < COPIES_N {
            let p = Point { x: i, y: 1 }.moved(black_box(1));
            let row = black_box([p, p, p, p]);
            let copy = row;
            let bag = Bag {
                items: vec![copy[3].x; 64],
            };
            let items = black_box(bag.items());
            sum = checked(sum.checked_add(checked(items[63].checked_add(p.y))));
            i = checked(i.checked_add(1));
        }
        black_box(sum);
    })
}

fn run_interpreted(program: Program) {
    let executor = Executor::new().with_trace(false);
    program.run(&executor).unwrap_or_else(|e| panic!("{e:?}"));
}

fn run_compiled(peer: CompiledPeer) {
    Executor::new().with_trace(false).block_on(peer);
}

fn loaded(source: &str) -> Program {
    load(source).unwrap_or_else(|d| panic!("{d:?}"))
}

/// On-CPU time of one run of each side, the best of interleaved samples.
fn times(workload: &Workload) -> (Duration, Duration) {
    let (mut interpreted, mut compiled) = (Duration::MAX, Duration::MAX);
    for _ in 0..RUNS {
        let sample = time_after_setup(|| loaded(workload.source), run_interpreted);
        interpreted = interpreted.min(sample);
        compiled = compiled.min(time_after_setup(workload.compiled, run_compiled));
    }
    (interpreted, compiled)
}

fn report(workload: &Workload, interpreted: Duration, compiled: Duration) {
    let ratio = interpreted.as_secs_f64() / compiled.as_secs_f64().max(1e-9);
    let rate = workload.statements / interpreted.as_secs_f64().max(1e-9);
    println!(
        "{:<12} interpreted {:>9.3} ms  compiled {:>9.3} ms  slowdown {:>7.1}x  {:>6.2} M statements/s",
        workload.name,
        interpreted.as_secs_f64() * 1e3,
        compiled.as_secs_f64() * 1e3,
        ratio,
        rate / 1e6
    );
}

/// Instructions of one run of each side, counted by callgrind, and their ratio.
fn report_instructions(workload: &Workload) {
    let count = |side: &str| instructions(&format!("{}:{side}", workload.name));
    let (Some(interpreted), Some(compiled)) = (count("interpreted"), count("compiled")) else {
        println!(
            "{:<12} instructions unavailable (is valgrind installed?)",
            workload.name
        );
        return;
    };
    println!(
        "{:<12} interpreted {:>13} instructions  compiled {:>11}  ratio {:>7.1}x  {:>6.0} per statement",
        workload.name,
        interpreted,
        compiled,
        interpreted as f64 / compiled.max(1) as f64,
        interpreted as f64 / workload.statements,
    );
}

/// Runs one side of one workload once, given as `<name>:interpreted` or `<name>:compiled`.
fn run_once(workloads: &[Workload], which: &str) {
    let (name, side) = which.split_once(':').unwrap_or((which, "interpreted"));
    let Some(workload) = workloads.iter().find(|workload| workload.name == name) else {
        panic!("no workload named {name}");
    };
    match side {
        "compiled" => run_compiled((workload.compiled)()),
        _ => run_interpreted(loaded(workload.source)),
    }
}

fn main() {
    let workloads = [
        Workload {
            name: "arithmetic",
            source: ARITHMETIC,
            compiled: arithmetic_peer,
            // Two statements per iteration (`sum += i; i += 1;`).
            statements: 2.0 * LOOP_N as f64,
        },
        Workload {
            name: "ping-pong",
            source: PING_PONG,
            compiled: ping_pong_peer,
            statements: 1000.0,
        },
        Workload {
            name: "copies",
            source: COPIES,
            compiled: copies_peer,
            // Eight statements per iteration, the method bodies' included.
            statements: 8.0 * COPIES_N as f64,
        },
        Workload {
            name: "formatting",
            source: FORMATTING,
            compiled: formatting_peer,
            statements: 2.0 * 20000.0,
        },
    ];
    if let Some(which) = argument("once") {
        return run_once(&workloads, &which);
    }
    let counting = std::env::args().any(|arg| arg == "--instructions");
    for workload in &workloads {
        if counting {
            report_instructions(workload);
        } else {
            let (interpreted, compiled) = times(workload);
            report(workload, interpreted, compiled);
        }
    }
}
