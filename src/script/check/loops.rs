//! Loops: a value that a loop's body moves and that the next time round uses again (E0382,
//! "in previous iteration of loop", a future awaited in a loop among them), and a future
//! that borrows a local of the body stored in a collection that outlives the body (E0597). It
//! must never report a loop whose body always ends in `break` or `return`: that body never
//! comes round again.

use super::locals::{FirstUse, Loop};
use super::ty::Ty;
use super::Checker;
use crate::script::ast::Span;

impl Checker<'_> {
    /// Checks a loop's body (with a `while` condition, which runs each time round too), then
    /// what its next time round would find.
    pub(super) fn loop_body(&mut self, body: &mut dyn FnMut(&mut Self) -> Ty) -> Ty {
        self.loops.push(Loop {
            first_local: self.locals.all.len(),
            frame_depth: self.frames.len(),
            ..Loop::default()
        });
        let before = self.locals.moves();
        let ty = body(self);
        let Some(looped) = self.loops.pop() else {
            return ty;
        };
        if matches!(self.table.shallow(&ty), Ty::Never) {
            return ty;
        }
        for first in looped.first_uses {
            let local = &self.locals.all[first.local];
            let moved_in_body =
                matches!(before.get(first.local), Some(None)) && local.moved.is_some();
            if first.assigns || !moved_in_body {
                continue;
            }
            let d = self
                .report
                .use_after_move(first.at, &local.name, !first.moving)
                .note("note: value moved here, in previous iteration of loop");
            self.fragile(d);
        }
        for (name, at) in looped.stored_borrows {
            let d = self.report.does_not_live_long_enough(
                at,
                &name,
                "borrow later used here, in later iteration of loop",
            );
            self.fragile(d);
        }
        ty
    }

    /// Notes a use of local `index` at `span` in each loop it is from outside of, if it is
    /// the first there: a read (by value when `moving`) or an assignment.
    pub(super) fn loop_use(&mut self, index: usize, span: Span, moving: bool, assigns: bool) {
        for looped in &mut self.loops {
            if index >= looped.first_local || looped.first_uses.iter().any(|u| u.local == index) {
                continue;
            }
            // A `move` closure or block inside the loop takes the value where it is written.
            let taker = self.frames[looped.frame_depth.min(self.frames.len())..]
                .iter()
                .find(|f| f.is_move && index < f.first_local);
            let (at, moving) = taker.map_or((span, moving), |f| (f.span, true));
            looped.first_uses.push(FirstUse {
                local: index,
                at,
                moving,
                assigns,
            });
        }
    }

    /// Notes that a future holding a borrow of local `index` (at `at`) is stored in the
    /// collection held by local `collection`: an error if a loop holds the borrowed local in
    /// its body and the collection outside, and comes round again.
    pub(super) fn stored_borrow(&mut self, collection: usize, index: usize, at: Span) {
        let name = self.locals.all[index].name.clone();
        if let Some(looped) = self
            .loops
            .iter_mut()
            .rev()
            .find(|l| collection < l.first_local && index >= l.first_local)
        {
            looped.stored_borrows.push((name, at));
        }
    }
}
