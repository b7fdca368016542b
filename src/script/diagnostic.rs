//! Located error and warning messages from the lexer, parser and checker, rendered as
//! `line:col: message`. This file must never decide what is an error; it only records and
//! renders them.

use std::fmt;

use super::ast::Span;
use super::limits::Limit;

/// One located problem in a program's source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The bytes the problem is about.
    pub span: Span,
    /// 1-based line of `span.start`.
    pub line: usize,
    /// 1-based column of `span.start`, counted in characters.
    pub col: usize,
    /// What is wrong, in one sentence without a trailing period.
    pub message: String,
    /// The playground limit the program reached, when that is the problem rather than the
    /// program being wrong.
    pub limit: Option<Limit>,
    /// rustc's error code (`E0308`), for the problems rustc itself reports with one.
    pub code: Option<&'static str>,
    /// Whether the program may still run.
    pub severity: Severity,
    /// rustc's labels, notes and help lines, in order (`expected `u32`, found `&str``).
    pub notes: Vec<String>,
}

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Severity {
    /// The program is not run.
    #[default]
    Error,
    /// Shown, but the program still runs (rustc's warnings).
    Warning,
}

impl Diagnostic {
    /// A diagnostic at `span` in `source`, computing its line and column.
    pub fn new(source: &str, span: Span, message: impl Into<String>) -> Diagnostic {
        let (line, col) = line_col(source, span.start);
        Diagnostic {
            span,
            line,
            col,
            message: message.into(),
            limit: None,
            code: None,
            severity: Severity::Error,
            notes: Vec::new(),
        }
    }

    /// The same diagnostic with rustc's error code.
    pub fn with_code(self, code: &'static str) -> Diagnostic {
        Diagnostic {
            code: Some(code),
            ..self
        }
    }

    /// The same diagnostic as a warning, which does not stop the program.
    pub fn warning(self) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..self
        }
    }

    /// The same diagnostic with one more note (a label, `note: ..` or `help: ..`).
    pub fn note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    /// Whether this stops the program from running.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The headline as rustc prints it: `error[E0308]: mismatched types`, `warning: ..`.
    pub fn headline(&self) -> String {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match self.code {
            Some(code) => format!("{level}[{code}]: {}", self.message),
            None => format!("{level}: {}", self.message),
        }
    }

    /// A diagnostic saying that the program reached `limit` at `span`.
    pub fn limit(source: &str, span: Span, limit: Limit, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            limit: Some(limit),
            ..Diagnostic::new(source, span, message)
        }
    }
}

impl Diagnostic {
    /// One line for a list beside the editor: `line:col: message`, with rustc's code and first
    /// label for the checker's diagnostics (`4:18: error[E0308]: mismatched types: expected ..`).
    pub fn summary(&self) -> String {
        if self.code.is_none() && self.notes.is_empty() && self.is_error() {
            return self.to_string();
        }
        let label = self
            .notes
            .first()
            .filter(|n| !n.starts_with("help: ") && !n.starts_with("note: "));
        match label {
            Some(label) => format!("{}:{}: {}: {label}", self.line, self.col, self.headline()),
            None => format!("{}:{}: {}", self.line, self.col, self.headline()),
        }
    }

    /// The diagnostic in rustc's shape, for a terminal: the headline, ` --> FILE:line:col`,
    /// the source line underlined with the first note as its label, then the other notes.
    pub fn render(&self, file: &str, source: &str) -> String {
        let gutter = " ".repeat(self.line.to_string().len());
        let mut text = format!(
            "{}\n{gutter}--> {file}:{}:{}\n",
            self.headline(),
            self.line,
            self.col
        );
        let line_text = source.lines().nth(self.line - 1).unwrap_or("");
        let (label, rest) = match self.notes.split_first() {
            Some((first, rest)) if !first.starts_with("help: ") && !first.starts_with("note: ") => {
                (first.as_str(), rest)
            }
            _ => ("", self.notes.as_slice()),
        };
        let start = self.col - 1;
        let width = source
            .get(self.span.start..self.span.end.max(self.span.start))
            .map_or(1, |s| s.lines().next().unwrap_or("").chars().count().max(1));
        let width = width.min(line_text.chars().count().saturating_sub(start).max(1));
        text.push_str(&format!("{gutter} |\n{} | {line_text}\n", self.line));
        let marks = format!("{}{} {label}", " ".repeat(start), "^".repeat(width));
        text.push_str(&format!("{gutter} | {}\n", marks.trim_end()));
        for note in rest {
            let note = note
                .strip_prefix("note: ")
                .map(|n| format!("note: {n}"))
                .unwrap_or_else(|| note.clone());
            let note = if note.starts_with("help: ") || note.starts_with("note: ") {
                note
            } else {
                format!("note: {note}")
            };
            text.push_str(&format!("{gutter} = {note}\n"));
        }
        text
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.message)
    }
}

/// The 1-based line and character column of byte `offset` in `source` (clamped to the source).
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(source.len());
    while !source.is_char_boundary(end) {
        end -= 1;
    }
    let before = &source[..end];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}
