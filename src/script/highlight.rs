//! Syntax highlighting for the editor: every byte of the source gets a class, from the lexer's
//! tokens. It must never panic, leave a byte unclassified, or parse (it stays linear and fast).

use std::ops::Range;

use super::lexer::lex;
use super::token::{is_keyword, TokenKind};

/// How the editor should colour a range of the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenClass {
    /// `fn`, `async`, `let`, `true`, ...
    Keyword,
    /// Lowercase names.
    Ident,
    /// Capitalised names (`Poll`, `String`, `Self`): types, traits and variants.
    Type,
    /// String and character literals.
    String,
    /// Integer and float literals.
    Number,
    /// Line and block comments.
    Comment,
    /// A macro name with its `!` (`println!`).
    Macro,
    /// `'a`, `'_`, `'outer`
    Lifetime,
    /// Operators and delimiters.
    Punctuation,
    /// Bytes the lexer could not read.
    Error,
    /// Spaces and newlines between tokens.
    Whitespace,
}

/// Classifies `source` into contiguous ranges covering every byte, in order.
pub fn highlight(source: &str) -> Vec<(Range<usize>, TokenClass)> {
    let (tokens, _) = lex(source);
    let mut out = Vec::with_capacity(tokens.len() * 2);
    let mut covered = 0;
    let mut previous_was_macro_name = false;
    for (i, token) in tokens.iter().enumerate() {
        let Some(text) = source.get(token.span.start..token.span.end) else {
            continue;
        };
        if token.span.start > covered {
            out.push((covered..token.span.start, TokenClass::Whitespace));
        }
        let next_is_bang = tokens.get(i + 1).is_some_and(|next| {
            next.kind == TokenKind::Punct("!") && next.span.start == token.span.end
        });
        let class = match &token.kind {
            TokenKind::Punct("!") if previous_was_macro_name => TokenClass::Macro,
            TokenKind::Ident if next_is_bang => TokenClass::Macro,
            TokenKind::Ident if is_keyword(text) => TokenClass::Keyword,
            TokenKind::Ident if text.starts_with(char::is_uppercase) => TokenClass::Type,
            TokenKind::Ident => TokenClass::Ident,
            TokenKind::Lifetime => TokenClass::Lifetime,
            TokenKind::Int { .. } | TokenKind::Float { .. } => TokenClass::Number,
            TokenKind::Str(_) | TokenKind::Char(_) | TokenKind::ByteStr(_) => TokenClass::String,
            TokenKind::Punct(_) => TokenClass::Punctuation,
            TokenKind::Comment => TokenClass::Comment,
            TokenKind::Error => TokenClass::Error,
        };
        previous_was_macro_name = token.kind == TokenKind::Ident && next_is_bang;
        out.push((token.span.start..token.span.end, class));
        covered = token.span.end.max(covered);
    }
    if covered < source.len() {
        out.push((covered..source.len(), TokenClass::Whitespace));
    }
    out
}
