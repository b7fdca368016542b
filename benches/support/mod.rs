//! Measuring for the benches: on-CPU time of a workload, and instructions counted by valgrind's
//! callgrind in a child process. Both stay meaningful on a machine busy with other processes.
//! It must never assert on what it measures.

use std::process::Command;
use std::time::{Duration, Instant};

/// The shortest timing sample: the kernel's on-CPU clock can tick as coarsely as 4 ms, so a
/// sample repeats a workload until it has run this long, which keeps that step under 2 %.
const MIN_SAMPLE: Duration = Duration::from_millis(200);

/// Nanoseconds this thread has spent on a CPU, from `/proc/thread-self/schedstat` (Linux).
fn on_cpu_ns() -> Option<u64> {
    let schedstat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    schedstat.split_whitespace().next()?.parse().ok()
}

/// How long one run of `run` took on the CPU, averaged over as many runs as fill `MIN_SAMPLE`,
/// so that time spent descheduled by other processes on a busy machine does not count
/// (wall-clock time where the kernel does not say). What `run` needs is made by `setup`
/// untimed: batches of inputs are made, then run back to back between two readings of the
/// clock, the batch doubling until the runs fill `MIN_SAMPLE`.
pub fn time_after_setup<T>(mut setup: impl FnMut() -> T, mut run: impl FnMut(T)) -> Duration {
    let now = || match on_cpu_ns() {
        Some(ns) => Duration::from_nanos(ns),
        None => EPOCH.with(Instant::elapsed),
    };
    let (mut total, mut runs, mut batch) = (Duration::ZERO, 0, 1);
    loop {
        let inputs: Vec<T> = (0..batch).map(|_| setup()).collect();
        let start = now();
        inputs.into_iter().for_each(&mut run);
        total += now().saturating_sub(start);
        runs += batch;
        if total >= MIN_SAMPLE {
            return total / runs;
        }
        batch *= 2;
    }
}

thread_local! {
    /// The origin of wall-clock readings where the kernel gives no on-CPU time.
    static EPOCH: Instant = Instant::now();
}

/// Instructions that running this bench with `--once=<which>` costs, counted by callgrind in a
/// child process; `None` when valgrind is missing or the run fails.
pub fn instructions(which: &str) -> Option<u64> {
    let exe = std::env::current_exe().ok()?;
    let output = Command::new("valgrind")
        .args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
        .arg(exe)
        .arg(format!("--once={which}"))
        .output()
        .ok()
        .filter(|output| output.status.success())?;
    // callgrind closes with `==PID== Collected : N` on standard error.
    let report = String::from_utf8_lossy(&output.stderr);
    let collected = report
        .lines()
        .find_map(|line| line.split_once("Collected :"))?;
    collected.1.trim().parse().ok()
}

/// The value of a `--<name>=<value>` argument, if the bench was given one.
pub fn argument(name: &str) -> Option<String> {
    let prefix = format!("--{name}=");
    std::env::args().find_map(|arg| arg.strip_prefix(&prefix).map(str::to_owned))
}
