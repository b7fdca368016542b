//! `?` on a `Result` in a function whose error type has an `impl From`: the error is converted
//! with the program's `from` before it is returned, as the `?` desugaring calls `From::from`.
//! It must never convert an error that already has the function's error type.

use super::Compiler;
use crate::script::ast::{self, Span, TypeKind};
use crate::script::eval::program::{Op, Pat};
use crate::script::eval::value::Tag;

/// How a function converts the errors `?` returns: the `from` function and the pattern that
/// matches a value already of the error type.
#[derive(Clone, Copy)]
pub(super) struct ErrorConversion {
    from: u32,
    own_type: u32,
}

impl Compiler<'_> {
    /// The conversion of a function declared to return `ret`, if its error type has a `From`.
    pub(super) fn error_conversion(&mut self, ret: Option<&ast::Type>) -> Option<ErrorConversion> {
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
        let (impls, own) = if let Some(&e) = self.enum_index.get(&name) {
            let def = &self.program.enums[e as usize];
            let variants = def.variants.iter().enumerate();
            let own = variants.map(|(v, (_, fields, _))| {
                Pat::Variant(Tag::User(e, v as u32), vec![Pat::Wild; fields.len()])
            });
            (&def.impls, Pat::Or(own.collect()))
        } else {
            let &s = self.struct_index.get(&name)?;
            let def = &self.program.structs[s as usize];
            (&def.impls, Pat::Struct(std::rc::Rc::clone(def), Vec::new()))
        };
        let from = *impls.get("From")?.get("from")?;
        self.program.patterns.push(own);
        let own_type = self.program.patterns.len() as u32 - 1;
        Some(ErrorConversion { from, own_type })
    }

    /// `value?` with the value on top, converting an error with `conversion`.
    pub(super) fn try_converting(&mut self, conversion: ErrorConversion, span: Span) {
        let to_error = self.emit(Op::TrySplit(0), span);
        let to_ok = self.emit(Op::Jump(0), span);
        self.patch(to_error);
        self.emit(Op::Test(conversion.own_type), span);
        let to_convert = self.emit(Op::JumpIfFalse(0), span);
        let to_wrap = self.emit(Op::Jump(0), span);
        self.patch(to_convert);
        self.emit(Op::Call(conversion.from, 1), span);
        self.patch(to_wrap);
        self.emit(Op::MakeVariant(Tag::Err, 1), span);
        self.emit_return(span);
        self.patch(to_ok);
    }
}
