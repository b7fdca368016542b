//! Futures that must own what they use: a spawned future must be `'static` (E0373 for an
//! `async` block that borrows a local of the spawner, E0597 for a borrow of a local handed to
//! it), and a future stored in a collection that outlives a loop's body must not borrow the
//! body's locals (E0597, see `loops.rs`). It must never call a capture a borrow unless the
//! block certainly borrows it: a capture whose type it does not know, or that a method it
//! does not know may take by value, is let through.

use super::ty::{Copyness, Ty};
use super::Checker;
use crate::script::ast::{Expr, ExprKind, PatKind, Pattern, Span, UnaryOp};

/// A local that a future borrows.
struct Borrow {
    /// The borrowed local.
    local: usize,
    /// Where it is borrowed: the `&`, or an `async` block's first use of it.
    at: Span,
    /// The `async` block (not `move`) that borrows it by capturing it, if that is how.
    block: Option<Span>,
}

impl Checker<'_> {
    /// E0373 and E0597: `future` is spawned, so it must own what it uses.
    pub(super) fn spawned(&mut self, future: &Expr) {
        let borrows = self.future_borrows(future);
        if let Some(Borrow {
            local,
            block: Some(block),
            ..
        }) = borrows.first()
        {
            let name = self.locals.all[*local].name.clone();
            let d = self.report.outlives(*block, &name);
            self.fragile(d);
            return;
        }
        for borrow in borrows {
            let name = self.locals.all[borrow.local].name.clone();
            let why = format!("argument requires that `{name}` is borrowed for `'static`");
            let d = self
                .report
                .does_not_live_long_enough(borrow.at, &name, &why);
            self.fragile(d);
        }
    }

    /// `collection.push(item)`: a future that borrows locals is stored in `collection`.
    pub(super) fn stored(&mut self, collection: &Expr, item: &Expr) {
        let Some(collection) = self.plain_local(collection) else {
            return;
        };
        let ty = self.table.deep(&self.locals.all[collection].ty);
        let holds_futures =
            matches!(&ty, Ty::Adt(name, _) if FUTURE_COLLECTIONS.contains(&name.as_str()));
        if !holds_futures {
            return;
        }
        for borrow in self.future_borrows(item) {
            self.stored_borrow(collection, borrow.local, borrow.at);
        }
    }

    /// The locals a future expression certainly borrows.
    fn future_borrows(&self, future: &Expr) -> Vec<Borrow> {
        let future = boxed_value(future);
        match &future.kind {
            ExprKind::Async { is_move: false, .. } => self.block_borrows(future.span),
            ExprKind::Async { is_move: true, .. } => self
                .captures
                .get(&future.span.start)
                .into_iter()
                .flatten()
                .filter_map(|&(index, _)| self.held_borrow(index))
                .collect(),
            ExprKind::Path(_) => match self.plain_local(future) {
                Some(index) => match self.locals.all[index].async_block {
                    Some(block) => self.block_borrows(block),
                    None => Vec::new(),
                },
                None => Vec::new(),
            },
            ExprKind::Call { callee, args } if self.calls_async_fn(callee) => {
                args.iter().filter_map(|arg| self.borrow_in(arg)).collect()
            }
            _ => Vec::new(),
        }
    }

    /// Whether `callee` names an `async fn` of the program (whose future holds its
    /// arguments).
    fn calls_async_fn(&self, callee: &Expr) -> bool {
        let ExprKind::Path(path) = &callee.kind else {
            return false;
        };
        let [segment] = path.segments.as_slice() else {
            return false;
        };
        let name = segment.ident.name.as_str();
        self.locals.find(name).is_none()
            && self
                .items
                .fns
                .get(name)
                .is_some_and(|sig| matches!(sig.ret, Ty::Future(..)))
    }

    /// The borrow of a local that an argument is or holds: `&name`, `&mut name.field` (of a
    /// value, not through a reference), or a local holding such a borrow.
    fn borrow_in(&self, arg: &Expr) -> Option<Borrow> {
        match &arg.kind {
            ExprKind::Unary {
                op: UnaryOp::Ref | UnaryOp::RefMut,
                expr: place,
            } => {
                let (local, through_field) = self.place_root(place)?;
                // A field reached through a reference borrows what the reference points to,
                // which may live long enough.
                let owned = self.known_value(&self.locals.all[local].ty.clone());
                (!through_field || owned).then_some(Borrow {
                    local,
                    at: arg.span,
                    block: None,
                })
            }
            _ => self.held_borrow(self.plain_local(arg)?),
        }
    }

    /// The borrow of another local that local `index` holds, if it holds one.
    fn held_borrow(&self, index: usize) -> Option<Borrow> {
        let (local, at) = self.locals.all[index].borrow_of?;
        Some(Borrow {
            local,
            at,
            block: None,
        })
    }

    /// The locals an `async` block (not `move`) captures by reference: those it uses whose
    /// values are `Copy`, and those that move but that it never moves.
    fn block_borrows(&self, block: Span) -> Vec<Borrow> {
        let inside =
            |at: Option<Span>| at.is_some_and(|at| at.start >= block.start && at.end <= block.end);
        self.captures
            .get(&block.start)
            .into_iter()
            .flatten()
            .filter(|&&(index, _)| {
                let local = &self.locals.all[index];
                match self.copyness(&local.ty) {
                    Copyness::Copy => true,
                    Copyness::Move => local.moved.is_none() && !inside(local.opaque_use),
                    Copyness::Unsure => false,
                }
            })
            .map(|&(local, at)| Borrow {
                local,
                at,
                block: Some(block),
            })
            .collect()
    }

    /// Notes what a new local holds, from its `let`: a borrow of another local, or the future
    /// of an `async` block that is not `move`.
    pub(super) fn note_held(&mut self, pat: &Pattern, init: &Expr) {
        let PatKind::Binding {
            by_ref: false,
            sub: None,
            ..
        } = &pat.kind
        else {
            return;
        };
        let block =
            matches!(init.kind, ExprKind::Async { is_move: false, .. }).then_some(init.span);
        let borrow = self.borrow_in(init).map(|b| (b.local, b.at));
        if let Some(local) = self.locals.all.last_mut() {
            local.async_block = block;
            local.borrow_of = borrow;
        }
    }
}

/// The collections of futures whose `push` keeps the future for later.
const FUTURE_COLLECTIONS: &[&str] = &["Vec", "VecDeque", "FuturesUnordered", "FuturesOrdered"];

/// The value inside `Box::pin(value)`, `Box::new(value)` or `pin(value)`, else the expression.
fn boxed_value(expr: &Expr) -> &Expr {
    if let ExprKind::Call { callee, args } = &expr.kind {
        if let (ExprKind::Path(path), [value]) = (&callee.kind, args.as_slice()) {
            let names: Vec<&str> = path
                .segments
                .iter()
                .map(|s| s.ident.name.as_str())
                .collect();
            if matches!(names.as_slice(), ["Box", "pin" | "new"] | ["pin"]) {
                return value;
            }
        }
    }
    expr
}
