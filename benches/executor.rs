//! Throughput of the playground executor against `futures::executor::LocalPool` on the same
//! workloads (yield-heavy, loopback ping-pong, spawn-heavy), with the trace off and on, plus the
//! memory an idle task costs. Times are on-CPU time of the best of interleaved samples, so that
//! other processes on a busy machine skew the comparison as little as possible. With
//! `--instructions` it counts instructions instead, running each workload once in a child
//! process under valgrind's callgrind: slower, but the same on a busy machine as on an idle one.
//! It must never use `unsafe`: memory is measured as resident-set growth in a fresh child
//! process instead of with a counting global allocator.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::future::{poll_fn, Future};
use std::process::Command;
use std::rc::Rc;
use std::task::{Poll, Waker};
use std::time::Duration;

use async_playground::executor::{spawn, yield_now, Executor, Progress};
use async_playground::net::{NetError, TcpListener, TcpStream};
use futures::executor::LocalPool;
use futures::task::LocalSpawnExt;
use support::{argument, instructions, time_after_setup};

mod support;

const YIELD_TASKS: usize = 10_000;
const YIELDS_PER_TASK: usize = 100;
const PAIRS: usize = 1_000;
const MESSAGES: usize = 100;
const TINY_TASKS: usize = 1_000_000;
const IDLE_TASKS: usize = 100_000;
const RUNS: usize = 5;
const ADDR: &str = "127.0.0.1:7";
const MESSAGE: [u8; 8] = *b"ping1234";

/// Runs an executor until every task has finished.
fn run_to_end(executor: &Executor) {
    loop {
        match executor.tick(4096) {
            Progress::Done => return,
            Progress::Stalled(diagnostic) => panic!("benchmark workload stalled: {diagnostic}"),
            Progress::Busy | Progress::WaitingOnTimers { .. } | Progress::WaitingOnIo => {}
        }
    }
}

fn spawn_on_pool(pool: &LocalPool, future: impl Future<Output = ()> + 'static) {
    if let Err(error) = pool.spawner().spawn_local(future) {
        panic!("LocalPool refused a task: {error}");
    }
}

async fn yielder() {
    for _ in 0..YIELDS_PER_TASK {
        yield_now().await;
    }
}

fn yields_ours(trace: bool) {
    let executor = Executor::new().with_trace(trace);
    (0..YIELD_TASKS).for_each(|_| drop(executor.spawn("yielder", yielder())));
    run_to_end(&executor);
}

fn yields_pool() {
    let mut pool = LocalPool::new();
    (0..YIELD_TASKS).for_each(|_| spawn_on_pool(&pool, yielder()));
    pool.run();
}

fn tiny_ours(trace: bool) {
    let executor = Executor::new().with_trace(trace);
    (0..TINY_TASKS).for_each(|_| drop(executor.spawn("tiny", async {})));
    run_to_end(&executor);
}

fn tiny_pool() {
    let mut pool = LocalPool::new();
    (0..TINY_TASKS).for_each(|_| spawn_on_pool(&pool, async {}));
    pool.run();
}

async fn ping_client() -> Result<(), NetError> {
    let stream = TcpStream::connect(ADDR)?;
    for _ in 0..MESSAGES {
        stream.async_send(MESSAGE).await?;
        assert_eq!(stream.async_read().await?.len(), MESSAGE.len());
    }
    Ok(())
}

async fn echo_server(stream: TcpStream) -> Result<(), NetError> {
    loop {
        let message = stream.async_read().await?;
        if message.is_empty() {
            return Ok(());
        }
        stream.async_send(message).await?;
    }
}

fn ping_pong_ours(trace: bool) {
    let executor = Executor::new().with_trace(trace);
    let result = executor.block_on(async {
        let listener = TcpListener::bind(ADDR)?;
        let clients: Vec<_> = (0..PAIRS).map(|_| spawn("client", ping_client())).collect();
        for _ in 0..PAIRS {
            let stream = listener.async_accept().await?;
            drop(spawn("server", echo_server(stream)));
        }
        for client in clients {
            client.await?;
        }
        Ok::<(), NetError>(())
    });
    if let Err(error) = result {
        panic!("ping-pong failed: {error}");
    }
    run_to_end(&executor);
}

/// How many bytes a LocalPool pipe buffers before a send waits: the loopback's default.
const PIPE_BUFFER_LIMIT: usize = 4096;

/// One direction of the LocalPool ping-pong: the same work as a loopback byte pipe (bounded
/// buffer, reader waker, waker of a sender blocked on a full buffer, close) without the
/// playground's tracing and socket table.
#[derive(Default)]
struct PipeBuffer {
    bytes: VecDeque<u8>,
    reader: Option<Waker>,
    writer: Option<Waker>,
    closed: bool,
}

/// One end of a LocalPool connection.
struct PipeEnd {
    inbox: Rc<RefCell<PipeBuffer>>,
    outbox: Rc<RefCell<PipeBuffer>>,
}

fn pipe_pair() -> (PipeEnd, PipeEnd) {
    let (left, right) = (Rc::default(), Rc::default());
    let first = PipeEnd {
        inbox: Rc::clone(&left),
        outbox: Rc::clone(&right),
    };
    (
        first,
        PipeEnd {
            inbox: right,
            outbox: left,
        },
    )
}

impl PipeEnd {
    async fn read(&self) -> Vec<u8> {
        poll_fn(|cx| {
            let mut inbox = self.inbox.borrow_mut();
            if !inbox.bytes.is_empty() || inbox.closed {
                let (front, back) = inbox.bytes.as_slices();
                let bytes = [front, back].concat();
                inbox.bytes.clear();
                if let Some(writer) = inbox.writer.take() {
                    writer.wake();
                }
                return Poll::Ready(bytes);
            }
            inbox.reader = Some(cx.waker().clone());
            Poll::Pending
        })
        .await
    }

    /// Sends all of `data`, as much as fits at a time, waiting while the buffer is full.
    async fn send(&self, data: &[u8]) {
        let mut sent = 0;
        poll_fn(|cx| {
            let mut outbox = self.outbox.borrow_mut();
            let room = PIPE_BUFFER_LIMIT.saturating_sub(outbox.bytes.len());
            if room == 0 {
                outbox.writer = Some(cx.waker().clone());
                return Poll::Pending;
            }
            let now = room.min(data.len() - sent);
            outbox.bytes.extend(&data[sent..sent + now]);
            sent += now;
            if let Some(reader) = outbox.reader.take() {
                reader.wake();
            }
            if sent < data.len() {
                outbox.writer = Some(cx.waker().clone());
                return Poll::Pending;
            }
            Poll::Ready(())
        })
        .await;
    }
}

impl Drop for PipeEnd {
    fn drop(&mut self) {
        let mut outbox = self.outbox.borrow_mut();
        outbox.closed = true;
        if let Some(reader) = outbox.reader.take() {
            reader.wake();
        }
    }
}

fn ping_pong_pool() {
    let mut pool = LocalPool::new();
    for _ in 0..PAIRS {
        let (client, server) = pipe_pair();
        spawn_on_pool(&pool, async move {
            for _ in 0..MESSAGES {
                client.send(&MESSAGE).await;
                assert_eq!(client.read().await.len(), MESSAGE.len());
            }
        });
        spawn_on_pool(&pool, async move {
            loop {
                let message = server.read().await;
                if message.is_empty() {
                    return;
                }
                server.send(&message).await;
            }
        });
    }
    pool.run();
}

/// A future that never finishes but keeps its own waker, as a task parked on I/O does, so the
/// executor sees no lost waker.
#[derive(Default)]
struct ParkedForever {
    waker: Option<Waker>,
}

impl Future for ParkedForever {
    type Output = ();

    fn poll(mut self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> Poll<()> {
        self.waker = Some(cx.waker().clone());
        Poll::Pending
    }
}

/// Resident memory of this process, from `/proc/self/statm` (Linux pages of 4 KiB).
fn resident_bytes() -> Option<usize> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: usize = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

/// In a child process: bytes of resident memory per idle task on `which` executor.
fn idle_task_bytes(which: &str) -> Option<f64> {
    let before = resident_bytes()?;
    let after = if which == "ours" {
        let executor = Executor::new().with_trace(false);
        (0..IDLE_TASKS).for_each(|_| drop(executor.spawn("idle", ParkedForever::default())));
        let _ = executor.tick(IDLE_TASKS);
        resident_bytes()?
    } else {
        let mut pool = LocalPool::new();
        (0..IDLE_TASKS).for_each(|_| spawn_on_pool(&pool, ParkedForever::default()));
        pool.run_until_stalled();
        resident_bytes()?
    };
    Some(after.saturating_sub(before) as f64 / IDLE_TASKS as f64)
}

/// Runs the memory measurement in a fresh copy of this process, so no freed heap is reused.
fn measure_in_child(which: &str) -> String {
    let output = std::env::current_exe().and_then(|exe| {
        Command::new(exe)
            .arg(format!("--idle-memory={which}"))
            .output()
    });
    match output {
        Ok(output) if output.status.success() => {
            String::from_utf8_lossy(&output.stdout).trim().to_owned()
        }
        _ => "unavailable".to_owned(),
    }
}

struct Workload {
    name: &'static str,
    units: f64,
    unit: &'static str,
    ours: fn(bool),
    pool: fn(),
}

/// Measures one workload, prints its line, and returns the ratio with the trace off.
fn compare(workload: &Workload) -> f64 {
    // The three are interleaved and the best of each kept, so that load from other processes
    // on the machine hits all three alike.
    let (mut off, mut on, mut pool) = (Duration::MAX, Duration::MAX, Duration::MAX);
    for _ in 0..RUNS {
        off = off.min(time_after_setup(|| false, workload.ours));
        on = on.min(time_after_setup(|| true, workload.ours));
        pool = pool.min(time_after_setup(|| (), |()| (workload.pool)()));
    }
    let rate = |time: Duration| workload.units / time.as_secs_f64() / 1e6;
    let ratio = pool.as_secs_f64() / off.as_secs_f64();
    println!(
        "{}: ours {:.2} M {unit}/s (trace on {:.2}, trace cost {:.2}x), LocalPool {:.2} M {unit}/s, \
         ratio {ratio:.2} (trace on {:.2})",
        workload.name,
        rate(off),
        rate(on),
        on.as_secs_f64() / off.as_secs_f64(),
        rate(pool),
        pool.as_secs_f64() / on.as_secs_f64(),
        unit = workload.unit,
    );
    ratio
}

/// Counts one workload's instructions (ours with the trace off and on, and LocalPool's), prints
/// its line, and returns the ratio with the trace off.
fn compare_instructions(workload: &Workload) -> f64 {
    let name = workload
        .name
        .split_whitespace()
        .next()
        .unwrap_or(workload.name);
    let count = |variant: &str| instructions(&format!("{name}:{variant}"));
    let (Some(off), Some(on), Some(pool)) = (count("off"), count("traced"), count("pool")) else {
        println!(
            "{}: instructions unavailable (is valgrind installed?)",
            workload.name
        );
        return f64::NAN;
    };
    let per_unit = |count: u64| count as f64 / workload.units;
    let ratio = pool as f64 / off as f64;
    println!(
        "{}: ours {:.0} instructions/{unit} (trace on {:.0}, trace cost {:.2}x), LocalPool {:.0}, \
         ratio {ratio:.2} (trace on {:.2})",
        workload.name,
        per_unit(off),
        per_unit(on),
        on as f64 / off as f64,
        per_unit(pool),
        pool as f64 / on as f64,
        unit = workload.unit.trim_end_matches('s'),
    );
    ratio
}

/// Runs one workload once, given as `<name>` (trace off), `<name>:traced` or `<name>:pool`, for
/// profiling under an instruction counter such as callgrind.
fn run_once(workloads: &[Workload], which: &str) {
    let (name, variant) = which.split_once(':').unwrap_or((which, "off"));
    let Some(workload) = workloads
        .iter()
        .find(|workload| workload.name.starts_with(name))
    else {
        panic!("no workload named {name}");
    };
    match variant {
        "pool" => (workload.pool)(),
        traced => (workload.ours)(traced == "traced"),
    }
}

fn main() {
    if let Some(which) = argument("idle-memory") {
        match idle_task_bytes(&which) {
            Some(bytes) => println!("{bytes:.0}"),
            None => println!("unavailable"),
        }
        return;
    }
    let workloads = [
        Workload {
            name: "yield (10,000 tasks x 100 yields)",
            units: (YIELD_TASKS * YIELDS_PER_TASK) as f64,
            unit: "yields",
            ours: yields_ours,
            pool: yields_pool,
        },
        Workload {
            name: "ping-pong (1,000 pairs x 100 messages)",
            units: (PAIRS * MESSAGES) as f64,
            unit: "round trips",
            ours: ping_pong_ours,
            pool: ping_pong_pool,
        },
        Workload {
            name: "spawn (1,000,000 tiny tasks)",
            units: TINY_TASKS as f64,
            unit: "tasks",
            ours: tiny_ours,
            pool: tiny_pool,
        },
    ];
    if let Some(which) = argument("once") {
        return run_once(&workloads, &which);
    }
    let counting = std::env::args().any(|arg| arg == "--instructions");
    if !counting {
        println!(
            "memory per idle task ({IDLE_TASKS} parked tasks, resident-set growth): ours {} bytes, LocalPool {} bytes",
            measure_in_child("ours"),
            measure_in_child("pool"),
        );
    }
    // `--only=<name>` compares only the workloads whose names start with it, when profiling.
    let only = argument("only");
    let chosen = workloads.iter().filter(|workload| {
        only.as_ref()
            .is_none_or(|name| workload.name.starts_with(name))
    });
    let measure = if counting {
        compare_instructions
    } else {
        compare
    };
    let min_ratio = chosen.map(measure).fold(f64::INFINITY, f64::min);
    let by = if counting { " (instructions)" } else { "" };
    println!("executor ratio vs LocalPool{by}: {min_ratio:.2}");
}
