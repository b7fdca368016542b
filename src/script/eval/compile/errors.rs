//! `?` on a `Result` in a function whose error type has an `impl From`: the error is converted
//! with the program's `from` before it is returned, as the `?` desugaring calls `From::from`.
//! It must never convert an error that already has the function's error type.

use super::into::FromConversion;
use super::Compiler;
use crate::script::ast::{self, Span, TypeKind};
use crate::script::eval::program::Op;
use crate::script::eval::value::Tag;

impl Compiler<'_> {
    /// The conversion of a function declared to return `ret`, if its error type has a `From`.
    pub(super) fn error_conversion(&mut self, ret: Option<&ast::Type>) -> Option<FromConversion> {
        let TypeKind::Path(path) = &ret?.kind else {
            return None;
        };
        let last = path.segments.last()?;
        let [_, ast::GenericArg::Type(error)] = last.generics.as_slice() else {
            return None;
        };
        if last.ident.name != "Result" {
            return None;
        }
        let name = super::type_name(error)?;
        self.conversion_into(&name)
    }

    /// `value?` with the value on top, converting an error with `conversion`.
    pub(super) fn try_converting(&mut self, conversion: FromConversion, span: Span) {
        let to_error = self.emit(Op::TrySplit(0), span);
        let to_ok = self.emit(Op::Jump(0), span);
        self.patch(to_error);
        self.convert_from(conversion, span);
        self.emit(Op::MakeVariant(Tag::Err, 1), span);
        self.emit_return(span);
        self.patch(to_ok);
    }
}
