//! Located error messages from the lexer and parser, rendered as `line:col: message`. This file
//! must never decide what is an error; it only records and renders them.

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
