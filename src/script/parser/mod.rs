//! A resilient recursive-descent parser for the playground's Rust subset, in the style of
//! matklad's resilient LL parsing: it always produces a tree, reports several errors per run, and
//! recovers at `;`, `}` and item keywords. It must never panic, loop forever (every lookahead
//! spends fuel that only progress restores) or recurse deeper than [`Limits::nesting`].

mod block;
mod expr;
mod format;
mod generics;
mod items;
mod macros;
mod pattern;
mod traits;
mod types;

use super::ast::{self, Span};
use super::diagnostic::Diagnostic;
use super::lexer::lex;
use super::limits::{Limit, Limits};
use super::token::{Token, TokenKind};

/// How many lookaheads the parser may make without consuming a token before it gives up.
const FUEL: u32 = 256;

/// Parses a whole file, returning the tree (with error nodes where needed) and every diagnostic
/// from lexing and parsing, in source order.
pub fn parse(source: &str) -> (ast::File, Vec<Diagnostic>) {
    let (tokens, lex_diagnostics) = lex(source);
    let tokens = tokens
        .into_iter()
        .filter(|t| t.kind != TokenKind::Comment)
        .collect();
    let mut parser = Parser::new(source, tokens);
    let file = parser.file();
    let mut diagnostics = lex_diagnostics;
    diagnostics.append(&mut parser.diagnostics);
    diagnostics.sort_by_key(|d| d.span.start);
    (file, diagnostics)
}

/// The parser state: the comment-free tokens, a cursor, fuel, nesting depth and diagnostics.
struct Parser<'s> {
    source: &'s str,
    tokens: Vec<Token>,
    pos: usize,
    fuel: u32,
    depth: usize,
    /// Inside `if`/`while`/`match`/`for` heads, `Name {` is not a struct literal (as in rustc).
    no_struct: bool,
    diagnostics: Vec<Diagnostic>,
}

impl<'s> Parser<'s> {
    fn new(source: &'s str, tokens: Vec<Token>) -> Parser<'s> {
        Parser {
            source,
            tokens,
            pos: 0,
            fuel: FUEL,
            depth: 0,
            no_struct: false,
            diagnostics: Vec::new(),
        }
    }

    fn file(&mut self) -> ast::File {
        let mut items = Vec::new();
        while !self.at_eof() {
            let before = self.pos;
            if let Some(item) = self.item() {
                items.push(item);
            }
            if self.pos == before {
                self.error_here("expected an item (`fn`, `struct`, `impl`, `use`, ...)");
                self.skip_item();
            }
        }
        ast::File { items }
    }

    /// The token `n` ahead, or `None` at the end. Spends fuel; when fuel runs out the parser
    /// reports once and behaves as if the input ended, which guarantees termination.
    fn nth(&mut self, n: usize) -> Option<&Token> {
        if self.fuel == 0 {
            return None;
        }
        self.fuel -= 1;
        if self.fuel == 0 {
            let span = self.span();
            self.push_error(span, "the parser got stuck here and stopped");
            return None;
        }
        self.tokens.get(self.pos + n)
    }

    /// The text of the token `n` ahead if it is an identifier or punctuation (not a literal).
    fn nth_text(&mut self, n: usize) -> &'s str {
        let source = self.source;
        match self.nth(n) {
            Some(
                t @ Token {
                    kind: TokenKind::Ident | TokenKind::Punct(_),
                    ..
                },
            ) => source.get(t.span.start..t.span.end).unwrap_or(""),
            _ => "",
        }
    }

    fn at(&mut self, text: &str) -> bool {
        self.nth_text(0) == text
    }

    fn nth_at(&mut self, n: usize, text: &str) -> bool {
        self.nth_text(n) == text
    }

    fn at_eof(&mut self) -> bool {
        self.nth(0).is_none()
    }

    fn nth_kind(&mut self, n: usize) -> Option<TokenKind> {
        self.nth(n).map(|t| t.kind.clone())
    }

    fn at_ident(&mut self) -> bool {
        let text = self.nth_text(0);
        matches!(self.nth_kind(0), Some(TokenKind::Ident)) && !is_reserved(text)
    }

    /// The current token's span, or an empty span at the end of the source.
    fn span(&self) -> Span {
        match self.tokens.get(self.pos) {
            Some(t) => t.span,
            None => Span::new(self.source.len(), self.source.len()),
        }
    }

    /// The span of the last consumed token.
    fn prev_span(&self) -> Span {
        match self.pos.checked_sub(1).and_then(|i| self.tokens.get(i)) {
            Some(t) => t.span,
            None => Span::new(0, 0),
        }
    }

    /// A span from `start` to the end of the last consumed token.
    fn since(&self, start: Span) -> Span {
        Span::new(start.start, self.prev_span().end.max(start.start))
    }

    fn bump(&mut self) {
        if self.pos < self.tokens.len() {
            self.pos += 1;
        }
        // Once out of fuel the parser stays out, so that every loop winds down to the end.
        if self.fuel > 0 {
            self.fuel = FUEL;
        }
    }

    fn eat(&mut self, text: &str) -> bool {
        let found = self.at(text);
        if found {
            self.bump();
        }
        found
    }

    fn expect(&mut self, text: &str) -> bool {
        if self.eat(text) {
            return true;
        }
        let found = self.describe_current();
        self.error_here(&format!("expected `{text}`, found {found}"));
        false
    }

    /// Consumes one `>` even when it is the first half of `>>`, `>=` or `>>=` (as in `Vec<Vec<T>>`).
    fn eat_gt(&mut self) -> bool {
        let rest = match self.nth_text(0) {
            ">" => return self.eat(">"),
            ">>" => ">",
            ">=" => "=",
            ">>=" => ">=",
            _ => return false,
        };
        if let Some(token) = self.tokens.get_mut(self.pos) {
            token.kind = TokenKind::Punct(rest);
            token.span.start += 1;
        }
        true
    }

    fn describe_current(&mut self) -> String {
        let source = self.source;
        match self.nth(0) {
            None => "end of input".to_string(),
            Some(t) => format!("`{}`", source.get(t.span.start..t.span.end).unwrap_or("")),
        }
    }

    fn ident(&mut self) -> Option<ast::Ident> {
        if !self.at_ident() && !self.at("self") && !self.at("Self") {
            let found = self.describe_current();
            self.error_here(&format!("expected a name, found {found}"));
            return None;
        }
        let span = self.span();
        self.bump();
        Some(ast::Ident {
            name: self.text(span).to_string(),
            span,
        })
    }

    fn text(&self, span: Span) -> &'s str {
        self.source.get(span.start..span.end).unwrap_or("")
    }

    fn error_here(&mut self, message: &str) {
        let span = self.span();
        self.push_error(span, message);
    }

    /// Records an error, dropping cascades: at most one error per start position.
    fn push_error(&mut self, span: Span, message: &str) {
        let enough = self.diagnostics.len() >= Limits::DEFAULT.diagnostics;
        if enough || self.diagnostics.iter().any(|d| d.span.start == span.start) {
            return;
        }
        self.diagnostics
            .push(Diagnostic::new(self.source, span, message));
    }

    /// Parses `f` only after eating `text` (as in `-> T`, `if guard` or `@ sub`).
    fn after<T>(&mut self, text: &str, f: impl FnOnce(&mut Self) -> T) -> Option<T> {
        if self.eat(text) {
            Some(f(self))
        } else {
            None
        }
    }

    /// Runs `f` one nesting level deeper, or returns `on_limit` when the depth cap is reached.
    fn nest<T>(&mut self, on_limit: T, f: impl FnOnce(&mut Self) -> T) -> T {
        if !self.enter() {
            return on_limit;
        }
        let value = f(self);
        self.leave();
        value
    }

    /// Enters one nesting level; `false` (with a diagnostic) when the limit is reached.
    fn enter(&mut self) -> bool {
        // Every shape of nesting at the default depth fits in a debug build's 2 MiB test
        // thread stack and in wasm's 1 MiB stack in release.
        let max = Limits::DEFAULT.nesting;
        if self.depth >= max {
            let span = self.span();
            self.diagnostics.push(Diagnostic::limit(
                self.source,
                span,
                Limit::Nesting,
                format!("nesting is too deep (more than {max} levels)"),
            ));
            self.pos = self.tokens.len();
            return false;
        }
        self.depth += 1;
        true
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Skips a balanced `(..)`, `[..]` or `{..}` group, or one token if not at a group.
    fn skip_tree(&mut self) {
        let mut depth = 0usize;
        loop {
            match self.nth_text(0) {
                "(" | "[" | "{" => depth += 1,
                ")" | "]" | "}" => depth = depth.saturating_sub(1),
                _ if self.at_eof() => return,
                _ => {}
            }
            self.bump();
            if depth == 0 {
                return;
            }
        }
    }

    /// Skips to the end of an item: past a `;` or a balanced `{..}` at the current level.
    fn skip_item(&mut self) {
        while !self.at_eof() && !self.at("}") {
            if self.eat(";") {
                return;
            }
            let braced = self.at("{");
            self.skip_tree();
            if braced {
                return;
            }
        }
        self.eat("}");
    }
}

/// Keywords that can never be a name (`self`/`Self`/`super`/`crate` start paths instead).
fn is_reserved(text: &str) -> bool {
    !matches!(text, "self" | "Self" | "super" | "crate") && super::token::is_keyword(text)
}
