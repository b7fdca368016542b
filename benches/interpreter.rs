//! Interpreter speed against compiled Rust on the same `Executor`: a tight arithmetic loop, an
//! async ping-pong of yields across tasks, and string formatting. Prints both times, the
//! slowdown and interpreted statements per second. It must never assert on timings.

use std::hint::black_box;
use std::time::{Duration, Instant};

use async_playground::executor::{yield_now, Executor};
use async_playground::script::eval::load;

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

fn time_interpreted(source: &str) -> Duration {
    let program = load(source).unwrap_or_else(|d| panic!("{d:?}"));
    let executor = Executor::new().with_trace(false);
    let start = Instant::now();
    program.run(&executor).unwrap_or_else(|e| panic!("{e:?}"));
    start.elapsed()
}

fn time_compiled<F: std::future::Future<Output = ()> + 'static>(future: F) -> Duration {
    let executor = Executor::new().with_trace(false);
    let start = Instant::now();
    executor.block_on(future);
    start.elapsed()
}

fn report(name: &str, interpreted: Duration, compiled: Duration, statements: f64) {
    let ratio = interpreted.as_secs_f64() / compiled.as_secs_f64().max(1e-9);
    let rate = statements / interpreted.as_secs_f64().max(1e-9);
    println!(
        "{name:<12} interpreted {:>9.3} ms  compiled {:>9.3} ms  slowdown {:>7.1}x  {:>6.2} M statements/s",
        interpreted.as_secs_f64() * 1e3,
        compiled.as_secs_f64() * 1e3,
        ratio,
        rate / 1e6
    );
}

fn main() {
    let interpreted = time_interpreted(ARITHMETIC);
    let compiled = time_compiled(async {
        let (mut sum, mut i) = (0i64, 0i64);
        while black_box(i) < LOOP_N {
            sum += i;
            i += 1;
        }
        black_box(sum);
    });
    // Two statements per iteration (`sum += i; i += 1;`).
    report("arithmetic", interpreted, compiled, 2.0 * LOOP_N as f64);

    let interpreted = time_interpreted(PING_PONG);
    let compiled = time_compiled(async {
        let handles: Vec<_> = (0..10)
            .map(|i| {
                async_playground::executor::spawn(format!("p{i}"), async {
                    for _ in 0..100 {
                        yield_now().await;
                    }
                })
            })
            .collect();
        for h in handles {
            h.await;
        }
    });
    report("ping-pong", interpreted, compiled, 1000.0);

    let interpreted = time_interpreted(FORMATTING);
    let compiled = time_compiled(async {
        let mut total = 0;
        for i in 0..20000 {
            let s = format!("{} {:?} {:>6}", black_box(i), "x", i * 2);
            total += s.len();
        }
        black_box(total);
    });
    report("formatting", interpreted, compiled, 2.0 * 20000.0);
}
