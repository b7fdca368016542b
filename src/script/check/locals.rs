//! The local variables of the function being checked: their types, whether they are `mut`,
//! used, or moved out, in nested scopes, and which enclosing closure or `async` block captures
//! them. It must never report anything itself; the checker asks and decides.

use std::collections::HashMap;

use super::ty::Ty;
use crate::script::ast::Span;

/// One local variable.
#[derive(Clone, Debug)]
pub struct Local {
    /// Its name.
    pub name: String,
    /// Its type.
    pub ty: Ty,
    /// Declared `mut`.
    pub mutable: bool,
    /// Given a value where it was declared (`let x;` is not).
    pub initialized: bool,
    /// Where its name is written.
    pub span: Span,
    /// Read anywhere.
    pub used: bool,
    /// Where it was moved out, if it has been.
    pub moved: Option<Span>,
    /// The receiver of a method whose signature the checker does not know, last here: that
    /// method may have taken it by value.
    pub opaque_use: Option<Span>,
    /// It holds a borrow of another local: that local's index and where it is borrowed
    /// (`let r = &name;`).
    pub borrow_of: Option<(usize, Span)>,
    /// It holds the future of an `async` block that is not `move`: the block's span.
    pub async_block: Option<Span>,
}

/// A closure, `async` block or function body being checked, innermost last.
#[derive(Debug)]
pub struct Frame {
    /// What the body is.
    pub kind: FrameKind,
    /// The type its `return` and tail must have.
    pub ret: Ty,
    /// The first local declared inside it: locals below are captured.
    pub first_local: usize,
    /// Captured locals, by index, each with where the body first uses it.
    pub captures: Vec<(usize, Span)>,
    /// `move` was written.
    pub is_move: bool,
    /// The whole closure, block or function.
    pub span: Span,
    /// Where a closure's body uses `?` (the `?` itself): checked once its return type is.
    pub questions: Vec<Span>,
}

/// A loop whose body is being checked: the locals from outside it that the body uses, so that
/// a value the body moves is reported where the next iteration uses it again, and the
/// futures stored in a collection from outside it that borrow a local of the body.
#[derive(Debug, Default)]
pub struct Loop {
    /// The first local declared inside the loop: those below are from outside it.
    pub first_local: usize,
    /// How many frames were open when it started: those above are inside it.
    pub frame_depth: usize,
    /// Each outside local the body reads or assigns, at its first use.
    pub first_uses: Vec<FirstUse>,
    /// Borrows of the body's locals (name, where borrowed) held by a future stored in a
    /// collection that outlives the body.
    pub stored_borrows: Vec<(String, Span)>,
}

/// The first use of an outside local in a loop body.
#[derive(Clone, Copy, Debug)]
pub struct FirstUse {
    /// The local's index.
    pub local: usize,
    /// Where: the use, or the `move` closure or block that takes it.
    pub at: Span,
    /// Whether the use reads by value (else it borrows, or assigns).
    pub moving: bool,
    /// Whether the first use assigns a new value (the value moved last time is not used).
    pub assigns: bool,
}

/// What kind of body a frame is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameKind {
    /// A plain `fn`.
    Fn,
    /// An `async fn`.
    AsyncFn,
    /// An `async` block.
    AsyncBlock,
    /// A closure.
    Closure,
}

impl FrameKind {
    /// Whether `.await` is allowed directly inside.
    pub fn is_async(self) -> bool {
        matches!(self, FrameKind::AsyncFn | FrameKind::AsyncBlock)
    }
}

/// The locals in scope, innermost last, with scope boundaries.
#[derive(Default)]
pub struct Locals {
    /// Every local still in scope, in declaration order.
    pub all: Vec<Local>,
    scopes: Vec<usize>,
    /// The indices in `all` of the locals of each name, innermost last.
    by_name: HashMap<String, Vec<usize>>,
    /// Locals whose scope ended, for the unused-variable warnings.
    pub ended: Vec<Local>,
}

impl Locals {
    /// Opens a scope.
    pub fn push_scope(&mut self) {
        self.scopes.push(self.all.len());
    }

    /// Closes the innermost scope.
    pub fn pop_scope(&mut self) {
        let start = self.scopes.pop().unwrap_or(0);
        for local in self.all.drain(start..) {
            if let Some(indices) = self.by_name.get_mut(&local.name) {
                indices.pop();
            }
            self.ended.push(local);
        }
    }

    /// Declares a local in the innermost scope.
    pub fn declare(&mut self, local: Local) {
        self.by_name
            .entry(local.name.clone())
            .or_default()
            .push(self.all.len());
        self.all.push(local);
    }

    /// The innermost local named `name`.
    pub fn find(&self, name: &str) -> Option<usize> {
        self.by_name.get(name)?.last().copied()
    }

    /// Where each local in scope stands moved, to restore after a branch.
    pub fn moves(&self) -> Vec<Option<Span>> {
        self.all.iter().map(|l| l.moved).collect()
    }

    /// Restores moves saved by [`Locals::moves`] (locals declared since are gone by then).
    pub fn set_moves(&mut self, moves: &[Option<Span>]) {
        for (local, moved) in self.all.iter_mut().zip(moves) {
            local.moved = *moved;
        }
    }
}

/// The moves after either of two branches: moved if moved in either.
pub fn merge_moves(a: &[Option<Span>], b: &[Option<Span>]) -> Vec<Option<Span>> {
    a.iter().zip(b).map(|(x, y)| x.or(*y)).collect()
}

impl Locals {
    /// Closes every scope, at the end of a function.
    pub fn pop_all(&mut self) {
        self.scopes.clear();
        self.by_name.clear();
        self.ended.append(&mut self.all);
    }
}
