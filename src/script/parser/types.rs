//! Types and paths: kept light because the evaluator mostly ignores types. Parsing here must
//! never accept a type form silently dropped: unsupported forms are reported.

use super::Parser;
use crate::script::ast::{GenericArg, Ident, Path, PathSegment, Type, TypeKind};
use crate::script::token::TokenKind;

impl Parser<'_> {
    /// Parses a type, reporting and returning `TypeKind::Error` on failure.
    pub(super) fn ty(&mut self) -> Type {
        let start = self.span();
        let kind = self.nest(TypeKind::Error, |p| p.type_kind());
        Type {
            kind,
            span: self.since(start),
        }
    }

    fn type_kind(&mut self) -> TypeKind {
        match self.nth_text(0) {
            "&" | "&&" => self.ref_type(),
            "(" => self.tuple_type(),
            "[" => self.slice_type(),
            "impl" | "dyn" => {
                let is_impl = self.at("impl");
                self.bump();
                let bounds = self.bounds();
                if is_impl {
                    TypeKind::ImplTrait(bounds)
                } else {
                    TypeKind::DynTrait(bounds)
                }
            }
            "fn" => self.fn_pointer(),
            "!" => {
                self.bump();
                TypeKind::Never
            }
            "_" => {
                self.bump();
                TypeKind::Infer
            }
            "<" => match self.qualified_path(false) {
                Some(path) => TypeKind::Path(path),
                None => TypeKind::Error,
            },
            // The one raw pointer the playground takes: the data pointer of the std docs'
            // no-op `RawWaker`, which its functions never read.
            "*" if self.nth_text(1) == "const"
                && self.nth_text(2) == "("
                && self.nth_text(3) == ")" =>
            {
                self.bump();
                self.bump();
                self.tuple_type()
            }
            "*" => self.unsupported_type("raw pointers are not supported in the playground"),
            _ if self.at_ident()
                || matches!(self.nth_text(0), "Self" | "self" | "super" | "crate" | "::") =>
            {
                TypeKind::Path(self.path(false))
            }
            _ => {
                let found = self.describe_current();
                self.error_here(&format!("expected a type, found {found}"));
                TypeKind::Error
            }
        }
    }

    fn unsupported_type(&mut self, message: &str) -> TypeKind {
        self.error_here(message);
        self.bump();
        TypeKind::Error
    }

    fn ref_type(&mut self) -> TypeKind {
        if self.at("&&") {
            // `&&T` is two references; split the token so the inner one is parsed as `&T`.
            if let Some(token) = self.tokens.get_mut(self.pos) {
                token.kind = TokenKind::Punct("&");
                token.span.start += 1;
            }
        } else {
            self.bump();
        }
        let lifetime = self.lifetime();
        let mutable = self.eat("mut");
        TypeKind::Ref {
            lifetime,
            mutable,
            inner: Box::new(self.ty()),
        }
    }

    pub(super) fn lifetime(&mut self) -> Option<Ident> {
        if self.nth_kind(0) != Some(TokenKind::Lifetime) {
            return None;
        }
        let span = self.span();
        self.bump();
        Some(Ident {
            name: self.text(span).to_string(),
            span,
        })
    }

    fn tuple_type(&mut self) -> TypeKind {
        self.bump();
        let mut types = Vec::new();
        let mut trailing_comma = false;
        while !self.at(")") && !self.at_eof() {
            types.push(self.ty());
            trailing_comma = self.eat(",");
            if !trailing_comma {
                break;
            }
        }
        self.expect(")");
        match types.pop() {
            Some(only) if types.is_empty() && !trailing_comma => only.kind,
            Some(last) => {
                types.push(last);
                TypeKind::Tuple(types)
            }
            None => TypeKind::Tuple(types),
        }
    }

    fn slice_type(&mut self) -> TypeKind {
        self.bump();
        let elem = Box::new(self.ty());
        let kind = if self.eat(";") {
            TypeKind::Array {
                elem,
                len: Box::new(self.expr()),
            }
        } else {
            TypeKind::Slice(elem)
        };
        self.expect("]");
        kind
    }

    fn fn_pointer(&mut self) -> TypeKind {
        self.bump();
        let mut params = Vec::new();
        if self.expect("(") {
            while !self.at(")") && !self.at_eof() {
                params.push(self.ty());
                if !self.eat(",") {
                    break;
                }
            }
            self.expect(")");
        }
        let ret = self.after("->", |p| Box::new(p.ty()));
        TypeKind::FnPointer { params, ret }
    }

    /// `A + B<C> + 'a + ?Sized`: the trait paths; lifetimes and `?` are dropped.
    pub(super) fn bounds(&mut self) -> Vec<Path> {
        let mut paths = Vec::new();
        loop {
            if self.lifetime().is_none() {
                self.eat("?");
                if !self.at_ident() && !self.at("::") {
                    let found = self.describe_current();
                    self.error_here(&format!("expected a trait bound, found {found}"));
                    return paths;
                }
                paths.push(self.path(false));
            }
            if !self.eat("+") {
                return paths;
            }
        }
    }

    /// A path. In expressions (`turbofish`) generics need `::<..>`; in types plain `<..>`.
    pub(super) fn path(&mut self, turbofish: bool) -> Path {
        let start = self.span();
        self.eat("::");
        let mut segments = Vec::new();
        while let Some(ident) = self.path_ident() {
            let mut generics = Vec::new();
            if turbofish && self.at("::") && self.nth_at(1, "<") {
                self.bump();
                generics = self.generic_args();
            } else if !turbofish && self.at("<") {
                generics = self.generic_args();
            } else if !turbofish
                && self.at("(")
                && matches!(ident.name.as_str(), "Fn" | "FnMut" | "FnOnce")
            {
                generics = self.fn_sugar();
            }
            segments.push(PathSegment { ident, generics });
            if !(self.at("::")
                && !self.nth_at(1, "<")
                && !self.nth_at(1, "{")
                && !self.nth_at(1, "*"))
            {
                break;
            }
            self.bump();
        }
        Path {
            segments,
            span: self.since(start),
            as_trait: None,
        }
    }

    /// `<T as Trait>::rest` or `<T>::rest`, read as the path `T::rest`: a trait's items are
    /// found through the type, as the path `T::rest` finds them (the trait is only checked to
    /// be a path). `None`, reported, when `T` is no path (`<[T]>::len`).
    pub(super) fn qualified_path(&mut self, turbofish: bool) -> Option<Path> {
        let start = self.span();
        self.bump();
        let ty = self.ty();
        let as_trait = self.after("as", |p| p.path(false));
        if !self.eat_gt() {
            self.expect(">");
        }
        self.expect("::");
        let rest = self.path(turbofish);
        let TypeKind::Path(mut path) = ty.kind else {
            self.push_error(
                ty.span,
                "a qualified path `<T as Trait>::f` needs `T` to be a named type in the playground",
            );
            return None;
        };
        path.segments.extend(rest.segments);
        path.span = self.since(start);
        path.as_trait = as_trait.and_then(|t| t.segments.last().map(|s| Box::new(s.ident.clone())));
        Some(path)
    }

    /// `<T, 'a, Output = U>`
    pub(super) fn generic_args(&mut self) -> Vec<GenericArg> {
        self.bump();
        let mut args = Vec::new();
        while !self.at(">") && !self.at_eof() && !self.at(">>") {
            if let Some(lifetime) = self.lifetime() {
                args.push(GenericArg::Lifetime(lifetime));
            } else if self.at_ident() && self.nth_at(1, "=") {
                let name = self.ident();
                self.bump();
                let ty = self.ty();
                args.extend(name.map(|name| GenericArg::Binding { name, ty }));
            } else {
                args.push(GenericArg::Type(self.ty()));
            }
            if !self.eat(",") {
                break;
            }
        }
        if !self.eat_gt() {
            self.expect(">");
        }
        args
    }

    /// `Fn(A, B) -> C` as the generics `[(A, B), Output = C]`, as rustc desugars it.
    fn fn_sugar(&mut self) -> Vec<GenericArg> {
        let start = self.span();
        let kind = match self.tuple_type() {
            tuple @ TypeKind::Tuple(_) => tuple,
            single => TypeKind::Tuple(vec![Type {
                kind: single,
                span: self.since(start),
            }]),
        };
        let inputs = Type {
            kind,
            span: self.since(start),
        };
        let mut args = vec![GenericArg::Type(inputs)];
        if self.at("->") {
            let arrow = self.span();
            self.bump();
            let ty = self.ty();
            args.push(GenericArg::Binding {
                name: Ident {
                    name: "Output".into(),
                    span: arrow,
                },
                ty,
            });
        }
        args
    }
}
