//! Judges one program's runs against its class, in a one-line reason when it fails: the
//! interpreter must match rustc's debug build (stdout, exit code, panic message), report the
//! expected limit, or refuse with a located error; and it must never be killed by a signal or
//! run past the time cap. It never runs anything.

use std::path::Path;

use crate::catalog::{Expect, Program};
use crate::process::{Run, Status, Stream, SIGXCPU};

/// Passes, or says in one line why not.
pub fn judge(program: &Program, interpreted: &Run, compiled: Option<&Run>) -> Result<(), String> {
    let code = match interpreted.status {
        Status::Signaled(SIGXCPU) => {
            return Err("interpreter still running past its CPU time cap".to_string())
        }
        Status::Signaled(signal) => {
            return Err(format!(
                "interpreter killed by signal {signal}{}",
                gist_suffix(&interpreted.stderr.head, &program.path)
            ))
        }
        Status::TimedOut => {
            return Err(format!(
                "interpreter still running after {} s of wall-clock time",
                interpreted.elapsed.as_secs()
            ))
        }
        Status::Exited(code) => code,
    };
    if let Some(location) = panic_location(&interpreted.stderr.head) {
        if !location.starts_with(&program.path.display().to_string()) {
            return Err(format!(
                "the interpreter itself panicked at {location}{}",
                gist_suffix(&interpreted.stderr.head, &program.path)
            ));
        }
    }
    match (&program.expect, compiled) {
        (Expect::Rustc, Some(compiled)) => same_as_rustc(program, code, interpreted, compiled),
        (Expect::Rustc, None) => Err("no compiled run to compare with".to_string()),
        (Expect::Limit(kind), _) => reports_limit(program, code, interpreted, kind),
        (Expect::Error, _) => refused_with_location(program, code, interpreted),
        (Expect::Panic(message), _) => panics_with(code, interpreted, message),
        (Expect::Prints(text), _) => prints(program, code, interpreted, text),
    }
}

fn same_as_rustc(
    program: &Program,
    code: i32,
    interpreted: &Run,
    compiled: &Run,
) -> Result<(), String> {
    let Status::Exited(expected_code) = compiled.status else {
        return Err(format!(
            "the compiled program itself ended with {:?}: not a rustc-class program",
            compiled.status
        ));
    };
    if code != expected_code {
        return Err(format!(
            "exit {code} (rustc: exit {expected_code}){}",
            gist_suffix(&interpreted.stderr.head, &program.path)
        ));
    }
    if interpreted.stdout != compiled.stdout {
        let gist = match code {
            0 => String::new(),
            _ => gist_suffix(&interpreted.stderr.head, &program.path),
        };
        return Err(format!(
            "{}{gist}",
            first_difference(&interpreted.stdout, &compiled.stdout)
        ));
    }
    let message = panic_message(&interpreted.stderr.head);
    let expected_message = panic_message(&compiled.stderr.head);
    if message != expected_message {
        return Err(format!(
            "panic message {:?} (rustc: {:?})",
            message.unwrap_or_default(),
            expected_message.unwrap_or_default()
        ));
    }
    Ok(())
}

fn prints(program: &Program, code: i32, interpreted: &Run, expected: &str) -> Result<(), String> {
    if code != 0 {
        return Err(format!(
            "exit {code} (expected 0){}",
            gist_suffix(&interpreted.stderr.head, &program.path)
        ));
    }
    if interpreted.stdout.head != expected || interpreted.stdout.len != expected.len() as u64 {
        let shown: String = interpreted.stdout.head.chars().take(80).collect();
        return Err(format!("stdout {shown:?} (expected {expected:?})"));
    }
    Ok(())
}

fn panics_with(code: i32, interpreted: &Run, expected: &str) -> Result<(), String> {
    let message = panic_message(&interpreted.stderr.head);
    if code == 101 && message.as_deref() == Some(expected) {
        return Ok(());
    }
    Err(format!(
        "exit {code}, panic message {:?} (expected exit 101, {expected:?})",
        message.unwrap_or_default()
    ))
}

fn reports_limit(
    program: &Program,
    code: i32,
    interpreted: &Run,
    kind: &str,
) -> Result<(), String> {
    let reported = interpreted
        .stderr
        .head
        .contains(&format!("playground limit reached: {kind}"));
    // A nesting cap may be met while parsing, which refuses the program (exit 1) before it runs.
    let code_fits = code == 2 || (kind == "nesting" && code == 1);
    if reported && code_fits {
        return Ok(());
    }
    Err(format!(
        "expected limit {kind}, got exit {code}{}",
        gist_suffix(&interpreted.stderr.head, &program.path)
    ))
}

fn refused_with_location(program: &Program, code: i32, interpreted: &Run) -> Result<(), String> {
    let prefix = format!("{}:", program.path.display());
    let is_location = |at: &str| {
        let mut parts = at.split(':');
        let is_number = |part: Option<&str>| {
            part.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        };
        is_number(parts.next()) && is_number(parts.next()) && parts.next().is_none()
    };
    // Either `FILE:line:col: error: ..` or rustc's shape: `error[E..]: ..` then ` --> FILE:line:col`.
    let lines: Vec<&str> = interpreted.stderr.head.lines().collect();
    let located = lines.iter().enumerate().any(|(i, line)| {
        let short = line
            .strip_prefix(&prefix)
            .and_then(|rest| rest.split_once(": error:"))
            .is_some_and(|(at, _)| is_location(at));
        let rustc = i > 0
            && lines[i - 1].starts_with("error")
            && line
                .trim_start()
                .strip_prefix("--> ")
                .and_then(|rest| rest.strip_prefix(&prefix))
                .is_some_and(is_location);
        short || rustc
    });
    if code == 1 && located {
        return Ok(());
    }
    Err(format!(
        "expected a located error (exit 1), got exit {code}{}",
        gist_suffix(&interpreted.stderr.head, &program.path)
    ))
}

/// Where the first panic in `stderr` happened, as `FILE:LINE:COL`.
fn panic_location(stderr: &str) -> Option<&str> {
    stderr
        .lines()
        .find(|line| line.starts_with("thread '"))
        .and_then(|line| line.split_once(" panicked at "))
        .map(|(_, location)| location.trim_end_matches(':'))
}

/// The message of the first panic in `stderr`: the lines after `thread '…' panicked at …:` up
/// to the note that follows it.
pub fn panic_message(stderr: &str) -> Option<String> {
    let mut lines = stderr.lines();
    lines.find(|line| line.starts_with("thread '") && line.contains(" panicked at "))?;
    let message: Vec<&str> = lines
        .take_while(|line| !line.starts_with("note: ") && *line != "stack backtrace:")
        .collect();
    Some(message.join("\n"))
}

/// Where two outputs first differ, as a line number and both lines.
fn first_difference(got: &Stream, expected: &Stream) -> String {
    let mut got_lines = got.head.split_inclusive('\n');
    let mut expected_lines = expected.head.split_inclusive('\n');
    for number in 1.. {
        match (got_lines.next(), expected_lines.next()) {
            (None, None) => break,
            (a, b) if a == b => {}
            (a, b) => return format!("stdout line {number}: {} (rustc: {})", shown(a), shown(b)),
        }
    }
    format!(
        "stdout differs after the first {} bytes ({} bytes, rustc: {})",
        got.head.len(),
        got.len,
        expected.len
    )
}

fn shown(line: Option<&str>) -> String {
    match line {
        None => "end of output".to_string(),
        Some(line) => {
            let short: String = line.chars().take(80).collect();
            let cut = if short.len() < line.len() { "…" } else { "" };
            format!("{short:?}{cut}")
        }
    }
}

/// `: ` and what the interpreter said on stderr that best explains its run, if anything: a
/// panic's message, else the first line, with the program's path shortened to FILE.
fn gist_suffix(stderr: &str, path: &Path) -> String {
    let gist = panic_message(stderr)
        .and_then(|message| message.lines().next().map(str::to_string))
        .or_else(|| {
            stderr
                .lines()
                .find(|l| !l.trim().is_empty())
                .map(str::to_string)
        });
    match gist {
        Some(gist) => {
            let gist = gist.replace(&path.display().to_string(), "FILE");
            let short: String = gist.chars().take(120).collect();
            format!(": {short}")
        }
        None => String::new(),
    }
}
