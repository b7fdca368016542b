//! `From` conversions the lowering picks by the written target type: `x.into()` where rustc
//! infers the target (a `let` annotation, a parameter's or a field's declared type, the
//! function's return type) and the error `?` returns. The target's `impl From` is called
//! unless the value already has the target type (std's reflexive `impl From<T> for T`). It
//! must never convert into a type that the source does not write.

use std::collections::HashMap;
use std::rc::Rc;

use super::Compiler;
use crate::script::ast::{self, Expr, ExprKind, Span};
use crate::script::eval::program::{Op, Pat};
use crate::script::eval::value::Tag;

/// A program type's `impl From`: its `from` function and the pattern that matches a value
/// already of that type.
#[derive(Clone, Copy)]
pub(super) struct FromConversion {
    from: u32,
    own_type: u32,
}

/// The conversions found so far, by target type name (`None`: the type has no `impl From`).
pub(super) type Conversions = HashMap<String, Option<FromConversion>>;

impl Compiler<'_> {
    /// The `impl From` of the program type named `name` (an alias is followed), if it has one.
    pub(super) fn conversion_into(&mut self, name: &str) -> Option<FromConversion> {
        let name = self
            .aliases
            .get(name)
            .map_or(name, String::as_str)
            .to_string();
        if let Some(known) = self.conversions.get(&name) {
            return *known;
        }
        let found = self.find_conversion_into(&name);
        self.conversions.insert(name, found);
        found
    }

    fn find_conversion_into(&mut self, name: &str) -> Option<FromConversion> {
        let (impls, own) = if let Some(&e) = self.enum_index.get(name) {
            let def = &self.program.enums[e as usize];
            let variants = def.variants.iter().enumerate();
            let own = variants.map(|(v, (_, fields, _))| {
                Pat::Variant(Tag::User(e, v as u32), vec![Pat::Wild; fields.len()])
            });
            (&def.impls, Pat::Or(own.collect()))
        } else {
            let &s = self.struct_index.get(name)?;
            let def = &self.program.structs[s as usize];
            (&def.impls, Pat::Struct(Rc::clone(def), Vec::new()))
        };
        let from = *impls.get("From")?.get("from")?;
        self.program.patterns.push(own);
        let own_type = self.program.patterns.len() as u32 - 1;
        Some(FromConversion { from, own_type })
    }

    /// Converts the value on top with `conversion`, unless it already has the target type.
    pub(super) fn convert_from(&mut self, conversion: FromConversion, span: Span) {
        self.emit(Op::Test(conversion.own_type), span);
        let to_convert = self.emit(Op::JumpIfFalse(0), span);
        let to_end = self.emit(Op::Jump(0), span);
        self.patch(to_convert);
        self.emit(Op::Call(conversion.from, 1), span);
        self.patch(to_end);
    }

    /// Lowers `expr` as `T::from(x)` when it is `x.into()` and `target` (the type rustc
    /// infers for it, as written) is a program type with an `impl From`; `false` (nothing
    /// emitted) otherwise.
    pub(super) fn lower_into(&mut self, expr: &Expr, target: Option<&str>) -> bool {
        let ExprKind::MethodCall {
            receiver,
            method,
            args,
            ..
        } = &expr.kind
        else {
            return false;
        };
        if method.name != "into" || !args.is_empty() {
            return false;
        }
        let Some(conversion) = target.and_then(|name| self.conversion_into(name)) else {
            return false;
        };
        self.moved(receiver);
        self.convert_from(conversion, expr.span);
        true
    }

    /// [`Compiler::lower_into`] with the target written as a type.
    pub(super) fn lower_into_type(&mut self, expr: &Expr, target: Option<&ast::Type>) -> bool {
        let name = target.and_then(super::type_name);
        self.lower_into(expr, name.as_deref())
    }
}
