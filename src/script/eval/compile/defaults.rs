//! `Default`: `Type::default()`, `Self::default()` and `Default::default()` where the type is
//! written (a `let` annotation, a struct update `..Default::default()`), lowered to the value
//! of the program's own `impl Default`, of `#[derive(Default)]` (each field's default, an
//! enum's `#[default]` variant) or of a std type's default. It must never guess a type that
//! the source does not name: `Default::default()` elsewhere is a located error.

use super::Compiler;
use crate::script::ast::{self, Expr, ExprKind, Fields, Span};
use crate::script::eval::program::{NumType, Op};
use crate::script::eval::value::{Tag, Value};

/// What `#[derive(Default)]` gives a program type.
pub(super) enum DerivedDefault<'s> {
    /// A struct: each field's type's default.
    Struct(&'s Fields),
    /// An enum: its `#[default]` unit variant.
    Variant(Tag),
}

impl Compiler<'_> {
    /// Lowers `Owner::default()` when `Owner` names a type with a default (the call's path
    /// is `[.., Owner, default]`); `false` when it does not.
    pub(super) fn default_call(&mut self, path: &ast::Path, span: Span) -> bool {
        let [.., owner, last] = path.segments.as_slice() else {
            return false;
        };
        if last.ident.name != "default" || owner.ident.name == "Default" {
            return false;
        }
        let owner = match owner.ident.name.as_str() {
            "Self" => match self.top().self_ty.clone() {
                Some(ty) => ty,
                None => return false,
            },
            name => name.to_string(),
        };
        let ty = ast::Type {
            kind: ast::TypeKind::Path(ast::Path {
                segments: vec![ast::PathSegment {
                    ident: ast::Ident {
                        name: owner,
                        span: path.span,
                    },
                    generics: owner_generics(path),
                }],
                span: path.span,
                as_trait: None,
            }),
            span: path.span,
        };
        self.default_of(&ty, span)
    }

    /// Whether `expr` is `Default::default()` (the type then comes from where it is written).
    pub(super) fn is_default_default(expr: &Expr) -> bool {
        match &expr.kind {
            ExprKind::Call { callee, args } if args.is_empty() => match &callee.kind {
                ExprKind::Path(path) => Self::is_default_default_path(path),
                _ => false,
            },
            _ => false,
        }
    }

    /// Whether `path` is `Default::default` (or `std::default::Default::default`).
    pub(super) fn is_default_default_path(path: &ast::Path) -> bool {
        let names: Vec<&str> = path
            .segments
            .iter()
            .map(|s| s.ident.name.as_str())
            .collect();
        names.ends_with(&["Default", "default"])
    }

    /// Pushes the default value of `ty`; `false` (nothing emitted) when the playground does
    /// not know it.
    pub(super) fn default_of(&mut self, ty: &ast::Type, span: Span) -> bool {
        match &ty.kind {
            ast::TypeKind::Tuple(items) => {
                for item in items {
                    if !self.default_of(item, span) {
                        return false;
                    }
                }
                let count = self.operand(items.len(), span, "elements in one tuple");
                self.emit(Op::MakeTuple(count), span);
                return true;
            }
            ast::TypeKind::Ref { inner, .. } => return self.default_of(inner, span),
            ast::TypeKind::Path(_) => {}
            _ => return false,
        }
        let Some(name) = super::type_name(ty) else {
            return false;
        };
        let name = self.aliases.get(&name).cloned().unwrap_or(name);
        if let Some(&index) = self.fn_index.get(&format!("{name}::default")) {
            self.emit(Op::Call(index, 0), span);
            return true;
        }
        match NumType::from_name(&name) {
            Some(NumType::Int(int)) => {
                self.emit(Op::Int(0, int), span);
                return true;
            }
            Some(NumType::Float(float)) => {
                self.constant(Value::Float(0.0, float), span);
                return true;
            }
            None => {}
        }
        let value = match name.as_str() {
            "bool" => Value::Bool(false),
            "char" => Value::Char('\0'),
            "Option" => Value::variant(Tag::None, Vec::new()),
            _ => return self.derived_or_std_default(&name, span),
        };
        self.constant(value, span);
        true
    }

    /// `#[derive(Default)]` of a program type, or `T::new()` of a std collection or string.
    fn derived_or_std_default(&mut self, name: &str, span: Span) -> bool {
        match self.derived_defaults.get(name) {
            Some(DerivedDefault::Variant(tag)) => {
                let tag = *tag;
                self.emit(Op::MakeVariant(tag, 0), span);
                true
            }
            Some(DerivedDefault::Struct(fields)) => {
                let fields: &Fields = fields;
                let types: Vec<ast::Type> = match fields {
                    Fields::Named(list) => list.iter().map(|f| f.ty.clone()).collect(),
                    Fields::Tuple(list) => list.clone(),
                    Fields::Unit => Vec::new(),
                };
                for ty in &types {
                    if !self.default_of(ty, span) {
                        let shown = super::type_name(ty).unwrap_or_default();
                        self.error(
                            span,
                            format!("the playground does not know the default of `{shown}`"),
                        );
                        self.emit(Op::Unit, span);
                    }
                }
                let Some(&id) = self.struct_index.get(name) else {
                    return false;
                };
                let count = self.operand(types.len(), span, "fields in one struct");
                self.emit(Op::MakeStruct(id, count), span);
                true
            }
            None if STD_DEFAULTS_BY_NEW.contains(&name) => {
                let path = ast::Path {
                    segments: [name, "new"]
                        .iter()
                        .map(|segment| ast::PathSegment {
                            ident: ast::Ident {
                                name: segment.to_string(),
                                span,
                            },
                            generics: Vec::new(),
                        })
                        .collect(),
                    span,
                    as_trait: None,
                };
                let callee = Expr {
                    kind: ExprKind::Path(path),
                    span,
                };
                self.call(&callee, &[], span);
                true
            }
            None => false,
        }
    }
}

/// Std types whose default is what their `new()` makes.
const STD_DEFAULTS_BY_NEW: &[&str] = &[
    "String", "Vec", "VecDeque", "HashMap", "HashSet", "BTreeMap", "BTreeSet",
];

/// The generic arguments written on the owner of `Owner::<T>::default` or `Owner<T>::default`.
fn owner_generics(path: &ast::Path) -> Vec<ast::GenericArg> {
    let len = path.segments.len();
    path.segments
        .get(len.wrapping_sub(2))
        .map(|s| s.generics.clone())
        .unwrap_or_default()
}
