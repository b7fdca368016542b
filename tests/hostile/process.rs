//! Runs one program as a child process under the suite's caps: CPU time and address space
//! (`prlimit --cpu --as`, from util-linux; CPU time rather than wall-clock time, so that a busy
//! machine does not make a run fail) and a wall-clock backstop for a run that waits on nothing,
//! capturing its output without ever holding more than a bounded prefix of it. It never judges
//! what it ran.

use std::hash::Hasher;
use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// How much of each stream is kept as text for comparisons and reports.
const KEPT_BYTES: usize = 1 << 20;

/// The caps a run must stay under.
#[derive(Clone, Copy, Debug)]
pub struct Caps {
    /// Past this much CPU time the kernel stops the run with SIGXCPU.
    pub cpu_seconds: u64,
    /// Past this much wall-clock time the run is killed and counted as timed out.
    pub wall: Duration,
    pub address_space_bytes: u64,
}

/// The signal the kernel sends at the CPU time limit.
pub const SIGXCPU: i32 = 24;

/// How a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Exited(i32),
    Signaled(i32),
    TimedOut,
}

/// One stream of a run: its start as text, its full length and a digest of all of it, so that
/// two long outputs compare exactly without being kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stream {
    pub head: String,
    pub len: u64,
    pub digest: u64,
}

/// A finished run.
#[derive(Debug)]
pub struct Run {
    pub status: Status,
    pub stdout: Stream,
    pub stderr: Stream,
    pub elapsed: Duration,
}

/// Runs `program args` under `caps`, with `RUST_BACKTRACE=0` so that a panic prints only its
/// message.
pub fn run(program: &Path, args: &[&str], caps: Caps) -> Result<Run, String> {
    let start = Instant::now();
    let mut child = Command::new("prlimit")
        .arg(format!("--as={}", caps.address_space_bytes))
        // SIGXCPU at the soft limit; SIGKILL a second later should the program handle that.
        .arg(format!(
            "--cpu={}:{}",
            caps.cpu_seconds,
            caps.cpu_seconds + 1
        ))
        .arg("--")
        .arg(program)
        .args(args)
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start prlimit {}: {e}", program.display()))?;
    let stdout = child
        .stdout
        .take()
        .map(|pipe| thread::spawn(move || drain(pipe)));
    let stderr = child
        .stderr
        .take()
        .map(|pipe| thread::spawn(move || drain(pipe)));
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break match (status.code(), status.signal()) {
                (Some(code), _) => Status::Exited(code),
                (None, Some(signal)) => Status::Signaled(signal),
                (None, None) => Status::Signaled(0),
            };
        }
        if start.elapsed() > caps.wall {
            // Already exited if this fails; the wait below reaps it either way.
            let _ = child.kill();
            let _ = child.wait();
            break Status::TimedOut;
        }
        thread::sleep(Duration::from_millis(5));
    };
    let elapsed = start.elapsed();
    let joined = |reader: Option<thread::JoinHandle<Stream>>| {
        reader
            .and_then(|r| r.join().ok())
            .ok_or_else(|| "lost an output reader".to_string())
    };
    Ok(Run {
        status,
        stdout: joined(stdout)?,
        stderr: joined(stderr)?,
        elapsed,
    })
}

/// Reads a stream to its end, keeping its first [`KEPT_BYTES`] and hashing all of it.
fn drain(mut pipe: impl Read) -> Stream {
    let mut kept = Vec::new();
    let mut len = 0u64;
    // SipHash with fixed keys: the same bytes always give the same digest in one test run.
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    let mut buffer = vec![0u8; 64 * 1024];
    while let Ok(n) = pipe.read(&mut buffer) {
        if n == 0 {
            break;
        }
        hasher.write(&buffer[..n]);
        len += n as u64;
        let room = KEPT_BYTES.saturating_sub(kept.len());
        kept.extend_from_slice(&buffer[..n.min(room)]);
    }
    Stream {
        head: String::from_utf8_lossy(&kept).into_owned(),
        len,
        digest: hasher.finish(),
    }
}
