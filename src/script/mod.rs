//! The front-end of the playground's Rust-subset interpreter: lexer, resilient parser, format
//! strings, syntax highlighting and async state-machine summaries. It must never run a program,
//! panic on any input, or silently accept Rust outside the documented subset.

pub mod ast;
pub mod diagnostic;
pub mod eval;
pub mod highlight;
pub mod lexer;
pub mod limits;
pub mod parser;
pub mod stack;
pub mod state_machine;
pub mod token;

pub use self::diagnostic::Diagnostic;
pub use self::limits::{Limit, Limits};
pub use self::parser::parse;
