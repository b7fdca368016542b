//! `thread_local!` keys: `KEY.with(|value| ..)` lends the key's one value to the closure, made
//! by the key's initialiser at the first `with`. The playground runs one thread, so a key is
//! one slot of the running program. It must never run a key's initialiser twice.

use super::Compiler;
use crate::script::ast::{self, Expr, ExprKind, Span};
use crate::script::eval::program::Op;

impl Compiler<'_> {
    /// Compiles `KEY.with(f)` when `receiver` names a `thread_local!` key; `false` (nothing
    /// emitted) for any other call.
    pub(super) fn thread_local_with(
        &mut self,
        receiver: &Expr,
        method: &ast::Ident,
        args: &[Expr],
        span: Span,
    ) -> bool {
        let (ExprKind::Path(path), "with", [f]) = (&receiver.kind, method.name.as_str(), args)
        else {
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
        self.expr(f);
        let made = self.emit(Op::LoadStatic(key, 0), span);
        self.expr(init);
        self.emit(Op::StoreStatic(key), span);
        self.patch(made);
        self.emit(Op::CallValue(1), span);
        true
    }
}
