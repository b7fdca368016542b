//! Macro calls: the supported macros get structured arguments (format strings, `vec!`, `join!`,
//! `select!` branches, `assert*!`, `matches!`, `ready!`), also when written with their path
//! (`futures::join!`); any other macro is an error naming it. It must never accept an
//! unknown macro silently.

use super::expr::Elements;
use super::Parser;
use crate::script::ast::{
    ExprKind, FormatArg, FormatArgs, MacroArgs, MacroCall, Path, SelectBranch, SelectKind,
};
use crate::script::token::TokenKind;

/// Macros whose arguments are an optional format string and its arguments.
const FORMAT_MACROS: &[&str] = &[
    "println",
    "print",
    "eprintln",
    "eprint",
    "format",
    "panic",
    "unreachable",
    "todo",
    "unimplemented",
];

impl Parser<'_> {
    /// Parses `name!(..)` at the `!`, with `path` the macro's name.
    pub(super) fn macro_call(&mut self, path: Path) -> ExprKind {
        // `futures::join!` and `std::pin::pin!` are the same macros as `join!` and `pin!`.
        let qualified = path.segments.len() > 1;
        let Some(name) = path.segments.into_iter().next_back().map(|s| s.ident) else {
            return ExprKind::Error;
        };
        self.bump();
        let close = match self.nth_text(0) {
            "(" => ")",
            "[" => "]",
            "{" => "}",
            _ => {
                self.error_here("expected `(`, `[` or `{` after the macro name");
                return ExprKind::Error;
            }
        };
        let args = match name.name.as_str() {
            "macro_rules" => None,
            n if FORMAT_MACROS.contains(&n) => {
                Some(self.delimited(close, |p| MacroArgs::Format(p.format_args(close))))
            }
            "write" | "writeln" => Some(self.delimited(close, |p| p.write_args(close))),
            "assert" | "debug_assert" => Some(self.delimited(close, |p| p.assert_args(close, 1))),
            "assert_eq" | "assert_ne" | "debug_assert_eq" | "debug_assert_ne" => {
                Some(self.delimited(close, |p| p.assert_args(close, 2)))
            }
            "join" | "try_join" | "pin_mut" | "pin" | "poll" | "pending" | "ready" => {
                Some(self.delimited(close, |p| MacroArgs::List(p.expr_list(close))))
            }
            "select" | "select_biased" => Some(self.delimited(close, |p| p.select_args(close))),
            "vec" => Some(self.delimited(close, |p| p.vec_args(close))),
            "matches" => Some(self.delimited(close, |p| p.matches_args())),
            _ => None,
        };
        match args {
            Some(args) => ExprKind::Macro(MacroCall {
                name,
                qualified,
                args,
            }),
            None => {
                let message = match name.name.as_str() {
                    "macro_rules" => {
                        "`macro_rules!` macro definitions are not supported in the playground"
                            .to_string()
                    }
                    other => format!("macro `{other}!` is not supported in the playground"),
                };
                self.push_error(name.span, &message);
                self.skip_tree();
                ExprKind::Error
            }
        }
    }

    /// Runs `f` between the delimiters (struct literals allowed), reporting leftovers.
    fn delimited(&mut self, close: &str, f: impl FnOnce(&mut Self) -> MacroArgs) -> MacroArgs {
        self.bump();
        let args = self.nested(f);
        if !self.at(close) && !self.at_eof() {
            let found = self.describe_current();
            self.error_here(&format!("unexpected {found} in the macro arguments"));
            while !self.at(close) && !self.at_eof() {
                self.skip_tree();
            }
        }
        self.expect(close);
        args
    }

    /// `"template", a, name = b` (or nothing at all).
    fn format_args(&mut self, close: &str) -> Option<FormatArgs> {
        if self.at(close) {
            return None;
        }
        let Some(TokenKind::Str(text)) = self.nth_kind(0) else {
            self.error_here("format argument must be a string literal");
            self.expr();
            return None;
        };
        let literal = self.span();
        // Placeholder spans are offsets from the first byte after the opening quote.
        let content_start = literal.start + self.text(literal).find('"').map_or(0, |i| i + 1);
        self.bump();
        let mut args = Vec::new();
        while self.eat(",") && !self.at(close) && !self.at_eof() {
            let name = if self.at_ident() && self.nth_at(1, "=") {
                let name = self.ident();
                self.bump();
                name
            } else {
                None
            };
            if name.is_none() && args.iter().any(|a: &FormatArg| a.name.is_some()) {
                self.error_here("positional arguments cannot follow named arguments");
            }
            args.push(FormatArg {
                name,
                value: self.expr(),
            });
        }
        let (template, errors) =
            super::format::parse_template(&text, content_start, literal, &args);
        for (span, message) in errors {
            self.push_error(span, &message);
        }
        Some(FormatArgs { template, args })
    }

    fn write_args(&mut self, close: &str) -> MacroArgs {
        let dest = Box::new(self.expr());
        let format = if self.eat(",") {
            self.format_args(close)
        } else {
            None
        };
        MacroArgs::Write { dest, format }
    }

    fn assert_args(&mut self, close: &str, count: usize) -> MacroArgs {
        let mut operands = Vec::new();
        let mut message = None;
        while !self.at(close) && !self.at_eof() {
            if operands.len() == count {
                message = self.format_args(close);
                break;
            }
            operands.push(self.expr());
            if !self.eat(",") {
                break;
            }
        }
        if operands.len() < count {
            self.error_here(&format!(
                "this assertion needs {count} argument(s) before the message"
            ));
        }
        MacroArgs::Assert { operands, message }
    }

    fn vec_args(&mut self, close: &str) -> MacroArgs {
        match self.elements(close) {
            Elements::List(items) => MacroArgs::VecList(items),
            Elements::Repeat(value, count) => MacroArgs::VecRepeat { value, count },
        }
    }

    /// `pat = future => body,` branches, and `complete => body` / `default => body`.
    fn select_args(&mut self, close: &str) -> MacroArgs {
        let mut branches = Vec::new();
        while !self.at(close) && !self.at_eof() {
            let before = self.pos;
            let kind = match self.nth_text(0) {
                word @ ("complete" | "default") if self.nth_at(1, "=>") => {
                    self.bump();
                    if word == "complete" {
                        SelectKind::Complete
                    } else {
                        SelectKind::Default
                    }
                }
                _ => {
                    let pat = self.pattern_top();
                    self.expect("=");
                    let future = Box::new(self.expr());
                    SelectKind::Future { pat, future }
                }
            };
            self.expect("=>");
            let block_like = self.at_block_like();
            let body = self.arm_body(block_like);
            branches.push(SelectBranch { kind, body });
            if !self.eat(",") && !self.at(close) && !block_like {
                self.error_here("expected `,` after the `select!` branch");
            }
            if self.pos == before {
                self.skip_tree();
            }
        }
        MacroArgs::Select(branches)
    }

    fn matches_args(&mut self) -> MacroArgs {
        let expr = Box::new(self.expr());
        self.expect(",");
        let pat = self.pattern_top();
        let guard = self.after("if", |p| Box::new(p.expr()));
        self.eat(",");
        MacroArgs::Matches { expr, pat, guard }
    }
}
