//! Program output with task attribution: what the prelude's `println!` records. It must never
//! drop a line: outside an executor it prints to stdout like std's `println!`.

use std::fmt;

use super::current;
use super::task::TaskLabel;

/// One printed line and the task that printed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputLine {
    /// The printing task, or `None` when printed outside any task.
    pub task: Option<TaskLabel>,
    /// The line without its newline.
    pub text: String,
}

impl fmt::Display for OutputLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.task {
            Some(task) => write!(f, "[{}] {}", task.name.as_str(), self.text),
            None => f.write_str(&self.text),
        }
    }
}

/// Records `text` as output of the current task, or prints it to stdout when no executor runs.
/// Used by the prelude's `println!`; call that instead.
#[doc(hidden)]
pub fn print_line(text: String) {
    let mut unrecorded = Some(text);
    current::with_current(|core| {
        if let Some(text) = unrecorded.take() {
            core.record_output(text);
        }
    });
    if let Some(text) = unrecorded.and_then(super::transcript::capture_line) {
        println!("{text}");
    }
}
