//! `thread_local!` keys: `KEY.with(|value| ..)` lends the key's one value to the closure, made
//! by the key's initialiser at the first use; `with_borrow`/`with_borrow_mut` lend what its
//! `RefCell` holds, and `set`/`get`/`take`/`replace` are its `Cell`'s or `RefCell`'s own
//! (`Cell` and `RefCell` share one representation, so one method serves both). The playground
//! runs one thread, so a key is one slot of the running program. It must never run a key's
//! initialiser twice.

use super::Compiler;
use crate::script::ast::{self, Expr, ExprKind, Span};
use crate::script::eval::program::Op;

impl Compiler<'_> {
    /// Compiles `KEY.method(args)` when `receiver` names a `thread_local!` key and `method` is
    /// one of `LocalKey`'s; `false` (nothing emitted) for any other call.
    pub(super) fn thread_local_call(
        &mut self,
        receiver: &Expr,
        method: &ast::Ident,
        args: &[Expr],
        span: Span,
    ) -> bool {
        let ExprKind::Path(path) = &receiver.kind else {
            return false;
        };
        let [segment] = path.segments.as_slice() else {
            return false;
        };
        let name = &segment.ident.name;
        if self.lookup(name).is_some() {
            return false;
        }
        let Some(&(key, init)) = self.thread_locals.get(name) else {
            return false;
        };
        let lent = match (method.name.as_str(), args) {
            ("with", [_]) => None,
            ("with_borrow", [_]) => Some("borrow"),
            ("with_borrow_mut", [_]) => Some("borrow_mut"),
            ("set" | "replace", [_]) | ("get" | "take", []) => {
                self.key_value(key, init, span);
                self.finish_method_call(method, args, None, span);
                return true;
            }
            _ => return false,
        };
        self.expr(&args[0]);
        self.key_value(key, init, span);
        if let Some(borrow) = lent {
            let id = self.name_id(borrow);
            self.emit(Op::Method(id, 0), span);
        }
        self.emit(Op::CallValue(1), span);
        true
    }

    /// A new slot for a key's or a `static`'s value.
    pub(super) fn static_slot(&mut self) -> u32 {
        self.static_slots += 1;
        self.static_slots - 1
    }

    /// Pushes the value of a key or `static` in slot `key`, made by `init` if this is its
    /// first use.
    pub(super) fn key_value(&mut self, key: u32, init: &Expr, span: Span) {
        let made = self.emit(Op::LoadStatic(key, 0), span);
        self.expr(init);
        self.emit(Op::StoreStatic(key), span);
        self.patch(made);
    }
}
