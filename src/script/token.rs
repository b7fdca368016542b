//! The tokens of the Rust subset, as the lexer produces them. This file must never hold lexing
//! or parsing logic beyond naming what a token is.

use super::ast::Span;

/// One token with its byte span.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    /// What token it is.
    pub kind: TokenKind,
    /// Its bytes in the source.
    pub span: Span,
}

/// The kinds of token. Keywords are `Ident`s; the parser tells them apart by text.
#[derive(Clone, Debug, PartialEq)]
pub enum TokenKind {
    /// An identifier or keyword (`r#name` raw identifiers keep the `r#`-free name in `text`).
    Ident,
    /// `'a`, `'_`, `'outer`
    Lifetime,
    /// An integer literal with its value (`None` if it overflows `u128`) and suffix.
    Int {
        /// The value.
        value: Option<u128>,
        /// `u32` in `10u32`.
        suffix: Option<String>,
    },
    /// A floating-point literal.
    Float {
        /// The value.
        value: f64,
        /// `f32` or `f64`, if written.
        suffix: Option<String>,
    },
    /// A string literal, escapes resolved.
    Str(String),
    /// A character literal.
    Char(char),
    /// A byte string literal (`b"hi"`, `br"hi"`), escapes resolved. (`b'a'` is an `Int`.)
    ByteStr(Vec<u8>),
    /// Punctuation, longest match (`::`, `..=`, `->`, `+=`, ...).
    Punct(&'static str),
    /// `// ..` or `/* .. */`
    Comment,
    /// Bytes the lexer could not understand (a diagnostic was reported).
    Error,
}

/// Every punctuation token, longest first so that a prefix search finds the longest match.
pub const PUNCTUATION: &[&str] = &[
    "..=", "...", "<<=", ">>=", "::", "->", "=>", "==", "!=", "<=", ">=", "&&", "||", "+=", "-=",
    "*=", "/=", "%=", "^=", "&=", "|=", "<<", ">>", "..", "+", "-", "*", "/", "%", "^", "!", "&",
    "|", "=", "<", ">", "@", ".", ",", ";", ":", "#", "$", "?", "{", "}", "[", "]", "(", ")",
];

/// Whether `text` is a keyword in Rust 2021 (strict or reserved), for highlighting and for
/// refusing it as a name. A `match` compiles to a fast length-then-bytes comparison.
pub fn is_keyword(text: &str) -> bool {
    matches!(
        text,
        "as" | "async"
            | "await"
            | "break"
            | "const"
            | "continue"
            | "crate"
            | "dyn"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "pub"
            | "ref"
            | "return"
            | "self"
            | "Self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "type"
            | "unsafe"
            | "use"
            | "where"
            | "while"
            | "abstract"
            | "become"
            | "box"
            | "do"
            | "final"
            | "macro"
            | "override"
            | "priv"
            | "try"
            | "typeof"
            | "unsized"
            | "virtual"
            | "yield"
    )
}
