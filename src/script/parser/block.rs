//! Blocks, statements and block-like expressions: `{}`, `if`, `match`, loops, `async` blocks and
//! closures. Recovery happens here, at `;` and `}`; it must never drop a statement silently.

use super::expr::ABOVE_LOGICAL;
use super::Parser;
use crate::script::ast::{Arm, Block, ClosureParam, Expr, ExprKind, Stmt};
use crate::script::token::TokenKind;

impl Parser<'_> {
    /// `{ statements tail }`
    pub(super) fn block(&mut self) -> Block {
        let start = self.span();
        if !self.expect("{") || !self.enter() {
            return Block {
                stmts: Vec::new(),
                tail: None,
                span: start,
            };
        }
        let saved = std::mem::replace(&mut self.no_struct, false);
        let mut stmts = Vec::new();
        let mut tail = None;
        while !self.at("}") && !self.at_eof() {
            let before = self.pos;
            match self.stmt() {
                Some(Stmt::Expr { expr, semi: false }) if self.at("}") => {
                    tail = Some(Box::new(expr))
                }
                Some(stmt) => stmts.push(stmt),
                None => {}
            }
            if self.pos == before {
                self.bump();
            }
        }
        self.no_struct = saved;
        self.leave();
        self.expect("}");
        Block {
            stmts,
            tail,
            span: self.since(start),
        }
    }

    fn stmt(&mut self) -> Option<Stmt> {
        if self.eat(";") {
            return None;
        }
        if self.at("#") {
            self.outer_attributes();
        }
        if self.at("let") {
            return Some(self.let_stmt());
        }
        if self.at_item_start() {
            let before = self.pos;
            let item = self.item();
            if self.pos == before {
                self.error_here("expected an item");
            }
            return item.map(|item| Stmt::Item(Box::new(item)));
        }
        let block_like = self.at_block_like();
        let expr = match block_like {
            true => self.block_like_stmt_expr(),
            false => self.expr(),
        };
        if self.eat(";") {
            return Some(Stmt::Expr { expr, semi: true });
        }
        if block_like || self.at("}") {
            return Some(Stmt::Expr { expr, semi: false });
        }
        let found = self.describe_current();
        self.error_here(&format!(
            "expected `;` or `}}` after the expression, found {found}"
        ));
        self.recover_to_statement_end();
        Some(Stmt::Expr { expr, semi: true })
    }

    /// Skips to just after the next `;` or to the closing `}` of the current block.
    fn recover_to_statement_end(&mut self) {
        while !self.at_eof() && !self.at("}") {
            if self.eat(";") || self.at_item_start() || self.at("let") {
                return;
            }
            self.skip_tree();
        }
    }

    /// A statement that starts with a block-like expression ends at its closing brace, as in
    /// rustc: `if c { .. }` then `*x = 1` on the next line is two statements, not a product.
    /// Method calls and `?` may still follow it (`match x { .. }.len()`), and then the rest of
    /// the expression too.
    /// The head itself costs no nesting level: every block-like expression recurses only
    /// through a block or an expression, which count their own, so that `{ { 7 } }` is two
    /// levels deep as rustc sees it, not four.
    pub(super) fn block_like_stmt_expr(&mut self) -> Expr {
        let start = self.span();
        let head = self.primary();
        if !matches!(self.nth_text(0), "." | "?") {
            return head;
        }
        self.nest_expr(|p| {
            let lhs = p.postfix(head);
            p.continue_expr(lhs, start)
        })
    }

    pub(super) fn at_block_like(&mut self) -> bool {
        matches!(
            self.nth_text(0),
            "{" | "if" | "match" | "while" | "loop" | "for" | "unsafe"
        ) || (self.at("async") && !self.nth_at(1, "move") && self.nth_at(1, "{"))
            || (self.at("async") && self.nth_at(2, "{"))
            || self.nth_kind(0) == Some(TokenKind::Lifetime)
            || self.at_braced_macro()
    }

    /// `name! { .. }` or `path::name! { .. }`: a macro statement ends at its brace, as
    /// `select! { .. }` does in rustc.
    fn at_braced_macro(&mut self) -> bool {
        let mut n = 0;
        while self.nth_kind(n) == Some(TokenKind::Ident) && self.nth_at(n + 1, "::") {
            n += 2;
        }
        self.nth_kind(n) == Some(TokenKind::Ident)
            && self.nth_at(n + 1, "!")
            && self.nth_at(n + 2, "{")
    }

    fn let_stmt(&mut self) -> Stmt {
        let start = self.span();
        self.bump();
        let pat = self.pattern_top();
        let ty = self.after(":", |p| p.ty());
        let init = self.after("=", |p| p.expr());
        let otherwise = self.after("else", |p| Box::new(p.block()));
        if !self.expect(";") {
            self.recover_to_statement_end();
        }
        Stmt::Let {
            pat,
            ty,
            init,
            otherwise,
            span: self.since(start),
        }
    }

    /// Block-like expressions, loops with labels, `async` blocks and closures.
    pub(super) fn block_like(&mut self) -> ExprKind {
        let label = self.lifetime();
        if label.is_some() {
            self.expect(":");
        }
        match self.nth_text(0) {
            "{" => ExprKind::Block(self.block()),
            "while" => {
                self.bump();
                let cond = Box::new(self.condition());
                ExprKind::While {
                    label,
                    cond,
                    body: self.block(),
                }
            }
            "loop" => {
                self.bump();
                ExprKind::Loop {
                    label,
                    body: self.block(),
                }
            }
            "for" => self.for_loop(label),
            _ if label.is_some() => {
                self.error_here("a label must be followed by `loop`, `while`, `for` or a block");
                ExprKind::Error
            }
            "if" => self.if_expr(),
            "match" => self.match_expr(),
            "unsafe" => {
                let at = self.span();
                self.bump();
                let block = self.block();
                if !is_waker_from_raw(&block) {
                    self.push_error(at, "`unsafe` blocks are not supported in the playground");
                }
                ExprKind::Block(block)
            }
            _ => self.async_or_closure(),
        }
    }

    fn async_or_closure(&mut self) -> ExprKind {
        if self.eat("async") {
            let is_move = self.eat("move");
            if self.at("|") || self.at("||") {
                self.error_here("`async` closures are not supported in the playground; use `|..| async move { .. }`");
                return self.closure(is_move);
            }
            return ExprKind::Async {
                is_move,
                body: self.block(),
            };
        }
        let is_move = self.eat("move");
        self.closure(is_move)
    }

    fn closure(&mut self, is_move: bool) -> ExprKind {
        let mut params = Vec::new();
        if !self.eat("||") && self.expect("|") {
            while !self.at("|") && !self.at_eof() {
                let pat = self.pattern();
                let ty = self.after(":", |p| p.ty());
                params.push(ClosureParam { pat, ty });
                if !self.eat(",") {
                    break;
                }
            }
            self.expect("|");
        }
        let ret = self.after("->", |p| p.ty());
        let body = if ret.is_some() {
            let start = self.span();
            let block = self.block();
            Expr {
                kind: ExprKind::Block(block),
                span: self.since(start),
            }
        } else {
            self.expr()
        };
        ExprKind::Closure {
            is_move,
            params,
            ret,
            body: Box::new(body),
        }
    }

    /// The head of `if` and `while`: an expression or `let pat = expr`.
    fn condition(&mut self) -> Expr {
        let start = self.span();
        if !self.eat("let") {
            return self.expr_no_struct();
        }
        let pat = self.pattern_top();
        self.expect("=");
        let saved = std::mem::replace(&mut self.no_struct, true);
        let scrutinee = self.binary(ABOVE_LOGICAL - 1);
        self.no_struct = saved;
        if self.at("&&") || self.at("||") {
            self.error_here("`let` chains are not supported in the playground (Rust 2021)");
        }
        Expr {
            kind: ExprKind::Let {
                pat,
                expr: Box::new(scrutinee),
            },
            span: self.since(start),
        }
    }

    /// `if .. {} else if .. {} else {}`. The `else if` links are read in a loop, so that a long
    /// chain costs no nesting, then built into the nested tree from the last one.
    fn if_expr(&mut self) -> ExprKind {
        let mut links = Vec::new();
        let mut start = self.span();
        let mut otherwise = loop {
            self.bump();
            let cond = Box::new(self.condition());
            let then = self.block();
            links.push((start, cond, then));
            if !self.eat("else") {
                break None;
            }
            start = self.span();
            if !self.at("if") {
                let kind = ExprKind::Block(self.block());
                break Some(Box::new(Expr {
                    kind,
                    span: self.since(start),
                }));
            }
        };
        loop {
            let Some((start, cond, then)) = links.pop() else {
                return ExprKind::Error;
            };
            let kind = ExprKind::If {
                cond,
                then,
                otherwise,
            };
            if links.is_empty() {
                return kind;
            }
            // An `else if` spans from its `if` to the end of the whole chain.
            otherwise = Some(Box::new(Expr {
                kind,
                span: self.since(start),
            }));
        }
    }

    fn for_loop(&mut self, label: Option<crate::script::ast::Ident>) -> ExprKind {
        self.bump();
        let pat = self.pattern_top();
        self.expect("in");
        let iter = Box::new(self.expr_no_struct());
        ExprKind::For {
            label,
            pat,
            iter,
            body: self.block(),
        }
    }

    fn match_expr(&mut self) -> ExprKind {
        self.bump();
        let scrutinee = Box::new(self.expr_no_struct());
        let mut arms = Vec::new();
        if self.expect("{") {
            let saved = std::mem::replace(&mut self.no_struct, false);
            while !self.at("}") && !self.at_eof() {
                let before = self.pos;
                arms.push(self.arm());
                if self.pos == before {
                    self.bump();
                }
            }
            self.no_struct = saved;
            self.expect("}");
        }
        ExprKind::Match { scrutinee, arms }
    }

    fn arm(&mut self) -> Arm {
        let start = self.span();
        let pat = self.pattern_top();
        let guard = self.after("if", |p| p.expr());
        self.expect("=>");
        let block_like = self.at_block_like();
        let body = self.arm_body(block_like);
        if !self.eat(",") && !self.at("}") && !block_like {
            self.error_here("expected `,` after the match arm");
        }
        Arm {
            pat,
            guard,
            body,
            span: self.since(start),
        }
    }

    /// The body of a `match` arm or a `select!` branch: one that starts block-like ends with
    /// its block, as a statement does (`{}` then `() = ..` is the next arm, never a call).
    pub(super) fn arm_body(&mut self, block_like: bool) -> Expr {
        match block_like {
            true => self.block_like_stmt_expr(),
            false => self.expr(),
        }
    }
}

/// Whether `block` is `{ Waker::from_raw(raw) }`, the one `unsafe` block the playground takes:
/// the std docs' no-op waker needs it.
fn is_waker_from_raw(block: &Block) -> bool {
    let Some(tail) = block.tail.as_deref().filter(|_| block.stmts.is_empty()) else {
        return false;
    };
    let ExprKind::Call { callee, .. } = &tail.kind else {
        return false;
    };
    let ExprKind::Path(path) = &callee.kind else {
        return false;
    };
    let names: Vec<&str> = path
        .segments
        .iter()
        .map(|s| s.ident.name.as_str())
        .collect();
    names.ends_with(&["Waker", "from_raw"])
}
