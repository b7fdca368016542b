//! Lowering of patterns to slot-binding [`Pat`] trees, and resolution of the paths that name
//! enum variants and structs in patterns, constructors and literals. It must never accept a
//! variant or struct name that the program or the subset does not define.

use super::expr::path_text;
use super::Compiler;
use crate::script::ast::{self, Lit, PatKind, Pattern};
use crate::script::eval::number::{FloatType, IntType};
use crate::script::eval::program::{Op, Pat, Shape};
use crate::script::eval::value::{Tag, Value};

/// The names a pattern binds, with their slots and where they are written.
type Bindings = Vec<(String, u16, ast::Span)>;

/// What a path in constructor or pattern position names.
pub(super) enum Target {
    /// A built-in or program enum variant.
    Variant(Tag),
    /// A program struct.
    Struct(u32),
}

impl Compiler<'_> {
    /// Matches the value on top of the stack against `pat`, pushing whether it matched and
    /// declaring its bindings; `keep` leaves the value under the result (`Test`), otherwise it is
    /// consumed (`Match`). The bindings are declared after the match has stored them.
    pub(super) fn match_pattern(&mut self, pat: &Pattern, keep: bool, span: ast::Span) {
        let names = self.match_undeclared(pat, keep, span);
        self.declare_all(names);
    }

    /// [`Compiler::match_pattern`] without declaring the bindings, which the caller declares
    /// where they come into scope.
    fn match_undeclared(&mut self, pat: &Pattern, keep: bool, span: ast::Span) -> Bindings {
        let mut names = Vec::new();
        let lowered = self.lower(pat, &mut names);
        self.program.patterns.push(lowered);
        let index = self.program.patterns.len() as u32 - 1;
        self.emit(
            if keep {
                Op::Test(index)
            } else {
                Op::Match(index)
            },
            span,
        );
        names
    }

    fn declare_all(&mut self, names: Bindings) {
        for (name, slot, name_span) in names {
            self.declare(&name, slot, name_span);
        }
    }

    /// `let pat = value else { .. };` with the value on top of the stack: the `else` block
    /// runs (and diverges) when the pattern does not match, and does not see its bindings.
    pub(super) fn let_else(&mut self, pat: &Pattern, otherwise: &ast::Block, span: ast::Span) {
        let names = self.match_undeclared(pat, false, span);
        let to_else = self.emit(Op::JumpIfFalse(0), span);
        let to_end = self.emit(Op::Jump(0), span);
        self.patch(to_else);
        self.block(otherwise);
        self.emit(Op::Pop, otherwise.span);
        self.patch(to_end);
        self.declare_all(names);
    }

    /// Binds the value on top of the stack to `pat` (a `let`, parameter or `for` pattern).
    pub(super) fn bind_irrefutable(&mut self, pat: &Pattern) {
        if let PatKind::Binding {
            name, sub: None, ..
        } = &pat.kind
        {
            let slot = self.new_slot();
            self.emit(Op::Store(slot), pat.span);
            self.declare(&name.name, slot, name.span);
            return;
        }
        // `_` binds nothing: the value drops at once, as matching it would drop it.
        if let PatKind::Wild = pat.kind {
            self.emit(Op::Pop, pat.span);
            return;
        }
        self.match_pattern(pat, false, pat.span);
        self.emit(Op::Pop, pat.span);
    }

    fn lower(&mut self, pat: &Pattern, names: &mut Bindings) -> Pat {
        match &pat.kind {
            PatKind::Wild | PatKind::Rest => Pat::Wild,
            PatKind::Binding { name, sub, .. } => {
                let slot = self.binding_slot(name, names);
                let sub = sub.as_ref().map(|s| Box::new(self.lower(s, names)));
                Pat::Bind(slot, sub)
            }
            PatKind::Lit { lit, negated } => {
                Pat::Lit(self.pattern_literal(lit, *negated, pat.span))
            }
            PatKind::Range {
                start,
                end,
                inclusive,
            } => {
                let start = start.as_ref().map(|p| self.bound(p));
                let end = end.as_ref().map(|p| self.bound(p));
                Pat::Range(start, end, *inclusive)
            }
            PatKind::Tuple(elems) => {
                let rest = elems.iter().position(|p| matches!(p.kind, PatKind::Rest));
                Pat::Tuple(elems.iter().map(|p| self.lower(p, names)).collect(), rest)
            }
            PatKind::Slice(elems) => {
                let rest = elems.iter().position(|p| is_rest(&p.kind));
                let lowered = elems.iter().map(|p| match &p.kind {
                    // `rest @ ..` binds the elements `..` stands for.
                    PatKind::Binding {
                        name,
                        sub: Some(sub),
                        ..
                    } if sub.kind == PatKind::Rest => {
                        Pat::Bind(self.binding_slot(name, names), None)
                    }
                    _ => self.lower(p, names),
                });
                Pat::Slice(lowered.collect(), rest)
            }
            PatKind::Path(path) => self.path_pattern(path, &[], names),
            PatKind::TupleStruct { path, elems } => self.path_pattern(path, elems, names),
            PatKind::Struct { path, fields, .. } => self.struct_pattern(path, fields, names),
            PatKind::Or(alts) => Pat::Or(alts.iter().map(|p| self.lower(p, names)).collect()),
            PatKind::Ref { pat, .. } => self.lower(pat, names),
            PatKind::Error => {
                self.error(pat.span, "this pattern could not be parsed");
                Pat::Wild
            }
        }
    }

    /// The slot of a name the pattern binds: the same slot in every alternative of an `|`.
    fn binding_slot(&mut self, name: &ast::Ident, names: &mut Bindings) -> u16 {
        match names.iter().find(|(n, _, _)| n == &name.name) {
            Some(&(_, slot, _)) => slot,
            None => {
                let slot = self.new_slot();
                names.push((name.name.clone(), slot, name.span));
                slot
            }
        }
    }

    fn pattern_literal(&mut self, lit: &Lit, negated: bool, span: ast::Span) -> Value {
        match (lit, negated) {
            (Lit::Int { value, suffix }, _) => self
                .int_literal(*value, suffix, negated, None, span)
                .map_or(Value::Unit, Value::int),
            (Lit::Float { value, .. }, true) => Value::Float(-value, FloatType::Infer),
            (Lit::Float { value, .. }, false) => Value::Float(*value, FloatType::Infer),
            (Lit::Bool(b), _) => Value::Bool(*b),
            (Lit::Str(s), _) => Value::Str(s.as_str().into()),
            (Lit::Char(c), _) => Value::Char(*c),
            (Lit::ByteStr(bytes), _) => Value::vec(
                bytes
                    .iter()
                    .map(|b| Value::Int(i64::from(*b), IntType::U8))
                    .collect(),
            ),
        }
    }

    fn bound(&mut self, pat: &Pattern) -> Value {
        match &pat.kind {
            PatKind::Lit { lit, negated } => self.pattern_literal(lit, *negated, pat.span),
            _ => {
                self.error(pat.span, "range bounds must be literals");
                Value::Unit
            }
        }
    }

    fn path_pattern(&mut self, path: &ast::Path, elems: &[Pattern], names: &mut Bindings) -> Pat {
        let lowered: Vec<Pat> = elems.iter().map(|p| self.lower(p, names)).collect();
        match self.resolve_target(path) {
            Some(Target::Variant(tag)) => Pat::Variant(tag, lowered),
            Some(Target::Struct(id)) => Pat::Struct(
                self.struct_def(id),
                lowered.into_iter().enumerate().collect(),
            ),
            None => match self.consts.get(&path_text(path)).map(|e| &e.kind) {
                Some(ast::ExprKind::Lit(lit)) if elems.is_empty() => {
                    Pat::Lit(self.pattern_literal(lit, false, path.span))
                }
                _ => {
                    self.error(
                        path.span,
                        format!(
                            "unknown variant, struct or constant `{}` in pattern",
                            path_text(path)
                        ),
                    );
                    Pat::Wild
                }
            },
        }
    }

    fn struct_pattern(
        &mut self,
        path: &ast::Path,
        fields: &[ast::FieldPat],
        names: &mut Bindings,
    ) -> Pat {
        let Some((field_names, _)) = self.struct_target(path) else {
            return Pat::Wild;
        };
        let mut lowered = Vec::new();
        for field in fields {
            match field_names.iter().position(|n| n == &field.name.name) {
                Some(index) => lowered.push((index, self.lower(&field.pat, names))),
                None => self.error(
                    field.name.span,
                    format!("no field `{}` in `{}`", field.name.name, path_text(path)),
                ),
            }
        }
        match self.resolve_target(path) {
            Some(Target::Variant(tag)) => {
                let mut elems = vec![Pat::Wild; field_names.len()];
                for (index, pat) in lowered {
                    elems[index] = pat;
                }
                Pat::Variant(tag, elems)
            }
            Some(Target::Struct(id)) => Pat::Struct(self.struct_def(id), lowered),
            None => Pat::Wild,
        }
    }

    /// Resolves a path naming an enum variant or a struct.
    pub(super) fn resolve_target(&mut self, path: &ast::Path) -> Option<Target> {
        let names: Vec<&str> = path
            .segments
            .iter()
            .map(|s| s.ident.name.as_str())
            .collect();
        let last = *names.last()?;
        let owner = names.len().checked_sub(2).map(|i| names[i]);
        let owner = match owner {
            Some("Self") => self.top().self_ty.clone(),
            other => other.map(str::to_string),
        };
        if let Some(tag) = builtin_tag(owner.as_deref(), last) {
            return Some(Target::Variant(tag));
        }
        let struct_name = if last == "Self" {
            self.top().self_ty.clone()?
        } else {
            self.aliases.get(last).cloned().unwrap_or(last.to_string())
        };
        if let Some(&id) = self.struct_index.get(&struct_name) {
            return Some(Target::Struct(id));
        }
        self.user_variant(owner.as_deref(), last)
            .map(Target::Variant)
    }

    fn user_variant(&self, owner: Option<&str>, name: &str) -> Option<Tag> {
        let candidates = self.program.enums.iter().enumerate();
        for (e, def) in candidates.filter(|(_, d)| owner.is_none_or(|o| d.name == o)) {
            if let Some(v) = def.variants.iter().position(|(n, _, _)| n == name) {
                return Some(Tag::User(e as u32, v as u32));
            }
        }
        None
    }

    /// The field names of a struct or struct-like variant and the instruction that builds it.
    pub(super) fn struct_target(&mut self, path: &ast::Path) -> Option<(Vec<String>, Op)> {
        match self.resolve_target(path) {
            Some(Target::Struct(id)) => {
                let fields = self.program.structs[id as usize].fields.clone();
                let count = self.operand(fields.len(), path.span, "fields in one struct");
                Some((fields, Op::MakeStruct(id, count)))
            }
            Some(Target::Variant(tag @ Tag::User(e, v))) => {
                let (_, fields, _) = &self.program.enums[e as usize].variants[v as usize];
                let fields = fields.clone();
                let count = self.operand(fields.len(), path.span, "fields in one variant");
                Some((fields, Op::MakeVariant(tag, count)))
            }
            _ => {
                self.error(
                    path.span,
                    format!("cannot find struct `{}`", path_text(path)),
                );
                None
            }
        }
    }

    fn struct_def(&self, id: u32) -> std::rc::Rc<crate::script::eval::program::StructDef> {
        std::rc::Rc::clone(&self.program.structs[id as usize])
    }

    /// The shape of a user variant, to know whether it is a constructor function.
    pub(super) fn variant_shape(&self, tag: Tag) -> Shape {
        match tag {
            Tag::User(e, v) => self.program.enums[e as usize].variants[v as usize].2,
            Tag::None | Tag::Pending | Tag::Less | Tag::Equal | Tag::Greater => Shape::Unit,
            Tag::NextLeft | Tag::NextRight => Shape::Unit,
            _ => Shape::Tuple,
        }
    }
}

/// Whether an element of a slice pattern stands for the elements between its ends: `..` or
/// `name @ ..`.
fn is_rest(kind: &PatKind) -> bool {
    match kind {
        PatKind::Rest => true,
        PatKind::Binding { sub: Some(sub), .. } => sub.kind == PatKind::Rest,
        _ => false,
    }
}

/// The built-in variants: `Option`, `Result`, `Poll`, `Either` and `PollNext`.
fn builtin_tag(owner: Option<&str>, name: &str) -> Option<Tag> {
    // futures' `PollNext`, written with its type as its docs write it.
    if owner == Some("PollNext") {
        return match name {
            "Left" => Some(Tag::NextLeft),
            "Right" => Some(Tag::NextRight),
            _ => None,
        };
    }
    let tag = match name {
        "Some" => Tag::Some,
        "None" => Tag::None,
        "Ok" => Tag::Ok,
        "Err" => Tag::Err,
        "Ready" => Tag::Ready,
        "Pending" => Tag::Pending,
        "Left" => Tag::Left,
        "Right" => Tag::Right,
        "Less" => Tag::Less,
        "Equal" => Tag::Equal,
        "Greater" => Tag::Greater,
        _ => return None,
    };
    let expected = match tag {
        Tag::Some | Tag::None => "Option",
        Tag::Ok | Tag::Err => "Result",
        Tag::Ready | Tag::Pending => "Poll",
        // `Less` alone is more likely a program's own variant than an imported `Ordering`'s.
        Tag::Less | Tag::Equal | Tag::Greater => return (owner == Some("Ordering")).then_some(tag),
        _ => "Either",
    };
    owner.is_none_or(|o| o == expected).then_some(tag)
}
