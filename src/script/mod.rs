//! The playground's Rust-subset interpreter: the front-end (lexer, resilient parser, format
//! strings, syntax highlighting and async state-machine summaries) and the evaluator (`eval`),
//! whose async functions are real futures polled by the executor. The front-end never runs a
//! program; nothing here may panic on any input or silently accept Rust outside the documented
//! subset.

pub mod ast;
pub mod case;
pub mod check;
pub mod decimal;
pub mod diagnostic;
pub mod eval;
pub mod float_math;
pub mod highlight;
pub mod lexer;
pub mod limits;
pub mod parser;
pub mod stack;
pub mod state_machine;
pub mod token;
pub mod walk;

pub use self::diagnostic::{Diagnostic, Severity};
pub use self::limits::{Limit, Limits};
pub use self::parser::parse;
