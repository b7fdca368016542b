//! `asyncplay run FILE [--trace] [--unchecked]`: runs a playground program natively on the same executor and
//! interpreter as the browser, printing exactly what the program prints. It must never print
//! anything else on stdout: diagnostics (in rustc's shape, warnings before the run), traces and
//! panics go to stderr. `--unchecked` skips the checker (rustc's rules), for the interpreter's
//! own robustness tests on programs rustc would reject. Exit codes: 0 when the
//! program finished, 101 when it panicked (as its compiled build would), 1 when it does not
//! compile or, running, needs what the playground does not implement (`FILE:line:col: error:`),
//! and 2 when the playground stopped it: a program that can never finish, or one that
//! reached a playground limit (`error: playground limit reached: <kind>`).

use std::cell::{Cell, RefCell};
use std::io::{BufWriter, Write};
use std::process::ExitCode;
use std::rc::Rc;

use async_playground::executor::{Executor, Progress, TraceCursor};
use async_playground::script::eval::{
    counting_allocator, load, load_unchecked, measure_with, CountingAllocator, Program,
};
use async_playground::script::stack::set_budget;
use async_playground::script::{Limit, Limits};

/// Counts the live heap, which the interpreter holds to `Limits::memory`.
#[global_allocator]
static ALLOCATOR: CountingAllocator = counting_allocator();

/// Polls per tick: small enough that output appears as the program runs.
const TICK_BUDGET: usize = 64;

fn main() -> ExitCode {
    measure_with(&ALLOCATOR);
    // The interpreter's own recursion may use `Limits::native_stack` below where it is called:
    // its thread has room for that and for the command's own frames beside it. A process whose
    // address space is capped may not get that much: it gets a smaller stack and budget.
    let mut stack = 2 * Limits::DEFAULT.native_stack;
    loop {
        let thread = std::thread::Builder::new()
            .name("main".into())
            .stack_size(stack)
            .spawn(move || {
                set_budget(stack / 2);
                command()
            });
        match thread {
            Ok(thread) => return thread.join().unwrap_or(ExitCode::from(101)),
            Err(_) if stack > MIN_STACK => stack /= 2,
            Err(error) => {
                eprintln!("error: cannot start the interpreter's thread: {error}");
                return ExitCode::from(2);
            }
        }
    }
}

/// The smallest stack the command runs the interpreter on.
const MIN_STACK: usize = 1 << 20;

fn command() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let trace = args.iter().any(|a| a == "--trace");
    let unchecked = args.iter().any(|a| a == "--unchecked");
    let files: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let [command, file] = files.as_slice() else {
        return usage();
    };
    if command.as_str() != "run" {
        return usage();
    }
    let source = match std::fs::read_to_string(file) {
        Ok(source) => source,
        Err(error) => {
            eprintln!("error: cannot read {file}: {error}");
            return ExitCode::from(1);
        }
    };
    let loaded = if unchecked {
        load_unchecked(&source)
    } else {
        load(&source)
    };
    match loaded {
        Ok(program) => {
            for warning in program.warnings() {
                eprintln!("{}", warning.render(file, &source));
            }
            run(file, &program, trace)
        }
        Err(diagnostics) => {
            let mut code = ExitCode::from(1);
            let mut errors = 0;
            for d in diagnostics {
                match d.limit {
                    Some(limit) => {
                        report_limit(file, limit, (d.line, d.col), &d.message);
                        code = ExitCode::from(2);
                    }
                    None => {
                        errors += 1;
                        eprintln!("{}", d.render(file, &source));
                    }
                }
            }
            match errors {
                0 => {}
                1 => eprintln!("error: aborting due to 1 previous error"),
                n => eprintln!("error: aborting due to {n} previous errors"),
            }
            code
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("usage: asyncplay run FILE [--trace] [--unchecked]");
    ExitCode::from(1)
}

/// Runs the program, then notes on stderr each time it blocked the executor.
fn run(file: &str, program: &Program, trace: bool) -> ExitCode {
    let code = drive(file, program, trace);
    let mut notes = program.blocking_reports();
    notes.dedup();
    for note in notes {
        eprintln!("note: {note}");
    }
    code
}

fn drive(file: &str, program: &Program, trace: bool) -> ExitCode {
    let executor = Executor::new().with_trace(trace);
    // Each line goes out as it is printed, so memory stays flat however much the program
    // prints; the buffer is flushed after every tick, so output still appears as the program runs.
    let stdout = Rc::new(RefCell::new(BufWriter::new(std::io::stdout())));
    let sink = Rc::clone(&stdout);
    // A line's newline goes out when the next line comes, or at the end unless the program
    // ended with a `print!` that wrote none.
    let pending_newline = Rc::new(Cell::new(false));
    let pending = Rc::clone(&pending_newline);
    executor.stream_output(move |line| {
        let mut out = sink.borrow_mut();
        if pending.replace(true) {
            let _ = out.write_all(b"\n");
        }
        let _ = out.write_all(line.text.as_bytes());
    });
    let end_last_line = || {
        if pending_newline.get() && !program.ended_mid_line() {
            let _ = stdout.borrow_mut().write_all(b"\n");
        }
        let _ = stdout.borrow_mut().flush();
    };
    executor.spawn("fn main", program.main_future());
    let mut traced = TraceCursor::default();
    loop {
        let progress = executor.tick(TICK_BUDGET);
        let _ = stdout.borrow_mut().flush();
        eprint!("{}", program.take_stderr());
        if trace {
            traced = print_trace(&executor, traced);
        }
        if let Some(error) = program.error() {
            end_last_line();
            if error.limit == Some(Limit::Unsupported) {
                eprintln!(
                    "{file}:{}:{}: error: {}",
                    error.line, error.col, error.message
                );
                return ExitCode::from(1);
            }
            if let Some(limit) = error.limit {
                report_limit(file, limit, (error.line, error.col), &error.message);
                return ExitCode::from(2);
            }
            eprintln!(
                "thread 'main' panicked at {file}:{}:{}:\n{}",
                error.line, error.col, error.message
            );
            eprintln!(
                "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"
            );
            return ExitCode::from(101);
        }
        match progress {
            Progress::Done => {
                end_last_line();
                return ExitCode::SUCCESS;
            }
            Progress::Stalled(diagnosis) => {
                end_last_line();
                eprintln!("error: the program can never finish: {diagnosis}");
                return ExitCode::from(2);
            }
            Progress::Busy | Progress::WaitingOnTimers { .. } | Progress::WaitingOnIo => {}
        }
    }
}

/// Says on stderr which playground limit stopped the program, then where and how.
fn report_limit(file: &str, limit: Limit, (line, col): (usize, usize), detail: &str) {
    eprintln!("error: playground limit reached: {limit}");
    eprintln!(" --> {file}:{line}:{col}: {detail}");
}

/// Prints the trace entries recorded since `from` to stderr and says where to go on from, so
/// that each entry is read once: the whole trace costs time in proportion to its length.
fn print_trace(executor: &Executor, from: TraceCursor) -> TraceCursor {
    let trace = executor.trace();
    let mut entries = trace.entries_from(from);
    // Buffered, since stderr alone writes each line with a system call of its own.
    let mut stderr = BufWriter::new(std::io::stderr().lock());
    for entry in &mut entries {
        let _ = writeln!(stderr, "{entry}");
    }
    let _ = stderr.flush();
    entries.cursor()
}
