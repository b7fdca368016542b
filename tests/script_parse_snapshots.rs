//! Snapshot tests of the script parser: a readable dump of the tree plus diagnostics for every
//! construct of the subset, precedence, recovery and unsupported constructs. They must never
//! depend on anything but the source text they parse.

use async_playground::script::parse;
use expect_test::{expect, Expect};

/// A compact S-expression dump of the AST, only for readable snapshots.
mod dump {
    use async_playground::script::ast::*;

    /// Dumps a whole file, one item per line.
    pub fn file(file: &File) -> String {
        file.items.iter().map(item).collect::<Vec<_>>().join("\n")
    }

    pub fn item(item: &Item) -> String {
        match &item.kind {
            ItemKind::Use(tree) => format!("(use {})", use_tree(tree)),
            ItemKind::Fn(f) => fn_decl(f),
            ItemKind::Struct(s) => format!(
                "(struct {}{} {})",
                s.name.name,
                derives(&s.derives),
                fields(&s.fields)
            ),
            ItemKind::Enum(e) => {
                let variants: Vec<_> = e
                    .variants
                    .iter()
                    .map(|v| format!("{} {}", v.name.name, fields(&v.fields)))
                    .collect();
                format!(
                    "(enum {}{} {})",
                    e.name.name,
                    derives(&e.derives),
                    variants.join(" | ")
                )
            }
            ItemKind::Impl(i) => {
                let trait_name = i
                    .trait_path
                    .as_ref()
                    .map_or(String::new(), |p| format!("{} for ", path(p)));
                let items: Vec<_> = i.items.iter().map(impl_item).collect();
                format!(
                    "(impl{} {trait_name}{}{}\n  {})",
                    generic_params(&i.generics),
                    ty(&i.self_ty),
                    where_clause(&i.where_clause),
                    items.join("\n  ")
                )
            }
            ItemKind::Const(c) => format!(
                "(const {}: {} = {})",
                c.name.name,
                ty(&c.ty),
                expr(&c.value)
            ),
            ItemKind::Static(c) => format!(
                "(static {}: {} = {})",
                c.name.name,
                ty(&c.ty),
                expr(&c.value)
            ),
            ItemKind::ThreadLocal(decls) => {
                let keys: Vec<_> = decls
                    .iter()
                    .map(|c| format!("{}: {} = {}", c.name.name, ty(&c.ty), expr(&c.value)))
                    .collect();
                format!("(thread_local {})", keys.join(" | "))
            }
            ItemKind::Trait(t) => {
                let items: Vec<_> = t.items.iter().map(trait_item).collect();
                format!(
                    "(trait {}{}{}{}\n  {})",
                    t.name.name,
                    generic_params(&t.generics),
                    supertraits(&t.supertraits),
                    where_clause(&t.where_clause),
                    items.join("\n  ")
                )
            }
            ItemKind::Mod(m) => {
                let items: Vec<_> = m.items.iter().map(self::item).collect();
                format!("(mod {}\n  {})", m.name.name, items.join("\n  "))
            }
            ItemKind::TypeAlias(a) => format!(
                "(type {}{} = {})",
                a.name.name,
                generic_params(&a.generics),
                ty(&a.ty)
            ),
        }
    }

    fn trait_item(i: &TraitItem) -> String {
        match i {
            TraitItem::Fn {
                decl,
                provided: true,
            } => fn_decl(decl),
            TraitItem::Fn {
                decl,
                provided: false,
            } => format!("(required {})", fn_decl(decl)),
            TraitItem::Type {
                name,
                bounds,
                default,
            } => format!(
                "(type {}{}{})",
                name.name,
                supertraits(bounds),
                default
                    .as_ref()
                    .map_or(String::new(), |t| format!(" = {}", ty(t)))
            ),
            TraitItem::Const {
                name,
                ty: t,
                default,
            } => format!(
                "(const {}: {}{})",
                name.name,
                ty(t),
                default
                    .as_ref()
                    .map_or(String::new(), |e| format!(" = {}", expr(e)))
            ),
        }
    }

    fn supertraits(bounds: &[Path]) -> String {
        if bounds.is_empty() {
            return String::new();
        }
        let bounds: Vec<_> = bounds.iter().map(path).collect();
        format!(": {}", bounds.join(" + "))
    }

    fn generic_params(params: &[GenericParam]) -> String {
        if params.is_empty() {
            return String::new();
        }
        let params: Vec<_> = params
            .iter()
            .map(|p| match &p.kind {
                GenericParamKind::Const(t) => format!("const {}: {}", p.name.name, ty(t)),
                _ => format!("{}{}", p.name.name, supertraits(&p.bounds)),
            })
            .collect();
        format!("<{}>", params.join(", "))
    }

    fn where_clause(predicates: &[WherePredicate]) -> String {
        let predicates: Vec<_> = predicates
            .iter()
            .map(|p| format!("{}{}", ty(&p.ty), supertraits(&p.bounds)))
            .collect();
        if predicates.is_empty() {
            return String::new();
        }
        format!(" where {}", predicates.join(", "))
    }

    fn derives(derives: &[Ident]) -> String {
        if derives.is_empty() {
            return String::new();
        }
        format!(
            " #[derive({})]",
            derives
                .iter()
                .map(|d| d.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )
    }

    fn use_tree(tree: &UseTree) -> String {
        let prefix: String = tree
            .prefix
            .iter()
            .map(|i| format!("{}::", i.name))
            .collect();
        let end = match &tree.kind {
            UseTreeKind::Name {
                name,
                alias: Some(alias),
            } => format!("{} as {}", name.name, alias.name),
            UseTreeKind::Name { name, alias: None } => name.name.clone(),
            UseTreeKind::Glob => "*".into(),
            UseTreeKind::Group(trees) => format!(
                "{{{}}}",
                trees.iter().map(use_tree).collect::<Vec<_>>().join(", ")
            ),
        };
        prefix + &end
    }

    fn fn_decl(f: &FnDecl) -> String {
        let params: Vec<_> = f
            .params
            .iter()
            .map(|p| match p {
                Param::SelfParam {
                    kind: SelfKind::Typed(t),
                    ..
                } => format!("self: {}", ty(t)),
                Param::SelfParam { kind, .. } => format!("{kind:?}"),
                Param::Typed { pat: p, ty: t } => format!("{}: {}", pat(p), ty(t)),
            })
            .collect();
        let ret = f
            .ret
            .as_ref()
            .map_or(String::new(), |t| format!(" -> {}", ty(t)));
        let generics = if f.generics.is_empty() {
            String::new()
        } else {
            format!(
                "<{}>",
                f.generics
                    .iter()
                    .map(|g| g.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let asyncness = if f.is_async { "async " } else { "" };
        format!(
            "({asyncness}fn {}{generics}({}){ret} {})",
            f.name.name,
            params.join(", "),
            block(&f.body)
        )
    }

    fn impl_item(i: &ImplItem) -> String {
        match i {
            ImplItem::Fn(f) => fn_decl(f),
            ImplItem::Type { name, ty: t } => format!("(type {} = {})", name.name, ty(t)),
            ImplItem::Const(c) => format!(
                "(const {}: {} = {})",
                c.name.name,
                ty(&c.ty),
                expr(&c.value)
            ),
        }
    }

    fn fields(f: &Fields) -> String {
        match f {
            Fields::Named(named) => format!(
                "{{{}}}",
                named
                    .iter()
                    .map(|f| format!("{}: {}", f.name.name, ty(&f.ty)))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Fields::Tuple(types) => {
                format!("({})", types.iter().map(ty).collect::<Vec<_>>().join(", "))
            }
            Fields::Unit => "unit".into(),
        }
    }

    pub fn block(b: &Block) -> String {
        let mut parts: Vec<String> = b.stmts.iter().map(stmt).collect();
        parts.extend(b.tail.iter().map(|t| format!("tail {}", expr(t))));
        format!("{{{}}}", parts.join("; "))
    }

    fn stmt(s: &Stmt) -> String {
        match s {
            Stmt::Let {
                pat: p,
                ty: t,
                init,
                otherwise,
                ..
            } => {
                let t = t.as_ref().map_or(String::new(), |t| format!(": {}", ty(t)));
                let init = init
                    .as_ref()
                    .map_or(String::new(), |e| format!(" = {}", expr(e)));
                let otherwise = otherwise
                    .as_ref()
                    .map_or(String::new(), |b| format!(" else {}", block(b)));
                format!("(let {}{t}{init}{otherwise})", pat(p))
            }
            Stmt::Expr { expr: e, semi } => {
                format!("{}{}", expr(e), if *semi { "" } else { " /*no semi*/" })
            }
            Stmt::Item(i) => item(i),
        }
    }

    fn list(items: &[Expr]) -> String {
        items.iter().map(expr).collect::<Vec<_>>().join(" ")
    }

    fn label(l: &Option<Ident>) -> String {
        l.as_ref().map_or(String::new(), |l| format!(" {}", l.name))
    }

    fn opt(e: &Option<Box<Expr>>) -> String {
        e.as_ref()
            .map_or(String::new(), |e| format!(" {}", expr(e)))
    }

    pub fn expr(e: &Expr) -> String {
        match &e.kind {
            ExprKind::Lit(l) => lit(l),
            ExprKind::Path(p) => path(p),
            ExprKind::Call { callee, args } => {
                format!("(call {} {})", expr(callee), list(args)).replace(" )", ")")
            }
            ExprKind::MethodCall {
                receiver,
                method,
                turbofish,
                args,
            } => {
                let tf = if turbofish.is_empty() {
                    String::new()
                } else {
                    format!("::<{}>", generic_args(turbofish))
                };
                format!("(.{}{tf} {} {})", method.name, expr(receiver), list(args))
                    .replace(" )", ")")
            }
            ExprKind::Field { base, name } => format!("(.{} {})", name.name, expr(base)),
            ExprKind::TupleIndex { base, index } => format!("(.{index} {})", expr(base)),
            ExprKind::Index { base, index } => format!("(index {} {})", expr(base), expr(index)),
            ExprKind::Await(inner) => format!("(await {})", expr(inner)),
            ExprKind::Try(inner) => format!("(? {})", expr(inner)),
            ExprKind::Unary { op, expr: inner } => format!("({op:?} {})", expr(inner)),
            ExprKind::Binary { op, lhs, rhs } => format!("({op:?} {} {})", expr(lhs), expr(rhs)),
            ExprKind::Assign { lhs, rhs } => format!("(= {} {})", expr(lhs), expr(rhs)),
            ExprKind::CompoundAssign { op, lhs, rhs } => {
                format!("({op:?}= {} {})", expr(lhs), expr(rhs))
            }
            ExprKind::Range {
                start,
                end,
                inclusive,
            } => format!(
                "({}{}{})",
                if *inclusive { "..=" } else { ".." },
                opt(start),
                opt(end)
            ),
            ExprKind::Cast { expr: inner, ty: t } => format!("(as {} {})", expr(inner), ty(t)),
            ExprKind::Block(b) => block(b),
            ExprKind::Async { is_move, body } => format!(
                "(async{} {})",
                if *is_move { " move" } else { "" },
                block(body)
            ),
            ExprKind::Closure {
                is_move,
                params,
                ret,
                body,
            } => {
                let params: Vec<_> = params
                    .iter()
                    .map(|p| match &p.ty {
                        Some(t) => format!("{}: {}", pat(&p.pat), ty(t)),
                        None => pat(&p.pat),
                    })
                    .collect();
                let ret = ret
                    .as_ref()
                    .map_or(String::new(), |t| format!(" -> {}", ty(t)));
                format!(
                    "({}closure |{}|{ret} {})",
                    if *is_move { "move " } else { "" },
                    params.join(", "),
                    expr(body)
                )
            }
            ExprKind::If {
                cond,
                then,
                otherwise,
            } => format!("(if {} {}{})", expr(cond), block(then), opt(otherwise)),
            ExprKind::Let { pat: p, expr: e } => format!("(let {} {})", pat(p), expr(e)),
            ExprKind::While {
                label: l,
                cond,
                body,
            } => format!("(while{} {} {})", label(l), expr(cond), block(body)),
            ExprKind::Loop { label: l, body } => format!("(loop{} {})", label(l), block(body)),
            ExprKind::For {
                label: l,
                pat: p,
                iter,
                body,
            } => format!(
                "(for{} {} {} {})",
                label(l),
                pat(p),
                expr(iter),
                block(body)
            ),
            ExprKind::Break { label: l, value } => format!("(break{}{})", label(l), opt(value)),
            ExprKind::Continue { label: l } => format!("(continue{})", label(l)),
            ExprKind::Return(value) => format!("(return{})", opt(value)),
            ExprKind::Match { scrutinee, arms } => {
                let arms: Vec<_> = arms
                    .iter()
                    .map(|a| {
                        let guard = a
                            .guard
                            .as_ref()
                            .map_or(String::new(), |g| format!(" if {}", expr(g)));
                        format!("{}{guard} => {}", pat(&a.pat), expr(&a.body))
                    })
                    .collect();
                format!("(match {} [{}])", expr(scrutinee), arms.join(", "))
            }
            ExprKind::Struct {
                path: p,
                fields,
                base,
            } => {
                let fields: Vec<_> = fields
                    .iter()
                    .map(|f| format!("{}: {}", f.name.name, expr(&f.value)))
                    .collect();
                format!(
                    "(struct {} {{{}}}{})",
                    path(p),
                    fields.join(", "),
                    opt(base)
                )
            }
            ExprKind::Tuple(items) => format!("(tuple {})", list(items)).replace(" )", ")"),
            ExprKind::Array(items) => format!("[{}]", list(items)),
            ExprKind::ArrayRepeat { value, count } => format!("[{}; {}]", expr(value), expr(count)),
            ExprKind::Macro(m) => macro_call(m),
            ExprKind::Error => "ERROR".into(),
        }
    }

    fn macro_call(m: &MacroCall) -> String {
        let args = match &m.args {
            MacroArgs::Format(f) => f.as_ref().map_or(String::new(), format_args),
            MacroArgs::Write { dest, format } => format!(
                "{} {}",
                expr(dest),
                format.as_ref().map_or(String::new(), format_args)
            ),
            MacroArgs::Assert { operands, message } => format!(
                "{} {}",
                list(operands),
                message.as_ref().map_or(String::new(), format_args)
            ),
            MacroArgs::List(items) => list(items),
            MacroArgs::VecList(items) => format!("[{}]", list(items)),
            MacroArgs::VecRepeat { value, count } => format!("[{}; {}]", expr(value), expr(count)),
            MacroArgs::Matches {
                expr: e,
                pat: p,
                guard,
            } => format!("{} {}{}", expr(e), pat(p), opt(guard)),
            MacroArgs::Select(branches) => {
                let branches: Vec<String> = branches
                    .iter()
                    .map(|b| match &b.kind {
                        SelectKind::Future { pat: p, future } => {
                            format!("({} = {} => {})", pat(p), expr(future), expr(&b.body))
                        }
                        SelectKind::Complete => format!("(complete => {})", expr(&b.body)),
                        SelectKind::Default => format!("(default => {})", expr(&b.body)),
                    })
                    .collect();
                branches.join(" ")
            }
        };
        format!("({}! {})", m.name.name, args.trim_end())
    }

    pub fn format_args(f: &FormatArgs) -> String {
        let pieces: Vec<_> = f
            .template
            .pieces
            .iter()
            .map(|p| match p {
                FormatPiece::Literal(text) => format!("{text:?}"),
                FormatPiece::Placeholder(ph) => {
                    let arg = match &ph.arg {
                        ArgRef::Index(i) => i.to_string(),
                        ArgRef::Name(n) => n.clone(),
                    };
                    format!("{{{arg}{}}}", spec(&ph.spec))
                }
            })
            .collect();
        let args: Vec<_> = f
            .args
            .iter()
            .map(|a| match &a.name {
                Some(n) => format!("{}={}", n.name, expr(&a.value)),
                None => expr(&a.value),
            })
            .collect();
        format!("[{}] {}", pieces.join(" "), args.join(" "))
    }

    /// A spec written back in Rust's syntax, from the parsed fields.
    fn spec(s: &FormatSpec) -> String {
        if *s == FormatSpec::default() {
            return String::new();
        }
        let count = |c: &Option<Count>| match c {
            Some(Count::Literal(n)) => n.to_string(),
            Some(Count::Arg(ArgRef::Index(i))) => format!("{i}$"),
            Some(Count::Arg(ArgRef::Name(n))) => format!("{n}$"),
            None => String::new(),
        };
        let align = match s.align {
            Some(Align::Left) => "<",
            Some(Align::Center) => "^",
            Some(Align::Right) => ">",
            None => "",
        };
        let precision = s
            .precision
            .as_ref()
            .map_or(String::new(), |_| format!(".{}", count(&s.precision)));
        let flags = [(s.plus, "+"), (s.alternate, "#"), (s.zero_pad, "0")];
        let flags: String = flags.iter().filter(|f| f.0).map(|f| f.1).collect();
        let fill = s.fill.map_or(String::new(), String::from);
        let format_trait = format!("{:?}", s.format_trait);
        format!(
            ":{fill}{align}{flags}{}{precision} {format_trait}",
            count(&s.width)
        )
    }

    fn lit(l: &Lit) -> String {
        match l {
            Lit::Int { value, suffix } => format!("{value}{}", suffix.as_deref().unwrap_or("")),
            Lit::Float { value, .. } => format!("{value:?}"),
            Lit::Bool(b) => b.to_string(),
            Lit::Str(s) => format!("{s:?}"),
            Lit::Char(c) => format!("{c:?}"),
            Lit::ByteStr(bytes) => format!("b{bytes:?}"),
        }
    }

    pub fn path(p: &Path) -> String {
        p.segments
            .iter()
            .map(|s| {
                if s.generics.is_empty() {
                    s.ident.name.clone()
                } else {
                    format!("{}<{}>", s.ident.name, generic_args(&s.generics))
                }
            })
            .collect::<Vec<_>>()
            .join("::")
    }

    fn generic_args(args: &[GenericArg]) -> String {
        args.iter()
            .map(|a| match a {
                GenericArg::Type(t) => ty(t),
                GenericArg::Lifetime(l) => l.name.clone(),
                GenericArg::Binding { name, ty: t } => format!("{} = {}", name.name, ty(t)),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn ty(t: &Type) -> String {
        let paths = |ps: &[Path]| ps.iter().map(path).collect::<Vec<_>>().join(" + ");
        match &t.kind {
            TypeKind::Path(p) => path(p),
            TypeKind::Ref {
                lifetime,
                mutable,
                inner,
            } => format!(
                "&{}{}{}",
                lifetime
                    .as_ref()
                    .map_or(String::new(), |l| format!("{} ", l.name)),
                if *mutable { "mut " } else { "" },
                ty(inner)
            ),
            TypeKind::Tuple(types) => {
                format!("({})", types.iter().map(ty).collect::<Vec<_>>().join(", "))
            }
            TypeKind::Slice(inner) => format!("[{}]", ty(inner)),
            TypeKind::Array { elem, len } => format!("[{}; {}]", ty(elem), expr(len)),
            TypeKind::ImplTrait(ps) => format!("impl {}", paths(ps)),
            TypeKind::DynTrait(ps) => format!("dyn {}", paths(ps)),
            TypeKind::FnPointer { params, ret } => format!(
                "fn({}){}",
                params.iter().map(ty).collect::<Vec<_>>().join(", "),
                ret.as_ref()
                    .map_or(String::new(), |r| format!(" -> {}", ty(r)))
            ),
            TypeKind::Never => "!".into(),
            TypeKind::Infer => "_".into(),
            TypeKind::Error => "ERROR".into(),
        }
    }

    pub fn pat(p: &Pattern) -> String {
        match &p.kind {
            PatKind::Wild => "_".into(),
            PatKind::Rest => "..".into(),
            PatKind::Binding {
                name,
                mutable,
                by_ref,
                sub,
            } => format!(
                "{}{}{}{}",
                if *by_ref { "ref " } else { "" },
                if *mutable { "mut " } else { "" },
                name.name,
                sub.as_ref()
                    .map_or(String::new(), |s| format!(" @ {}", pat(s)))
            ),
            PatKind::Lit { lit: l, negated } => {
                format!("{}{}", if *negated { "-" } else { "" }, lit(l))
            }
            PatKind::Range {
                start,
                end,
                inclusive,
            } => {
                let bound = |b: &Option<Box<Pattern>>| b.as_ref().map_or(String::new(), |b| pat(b));
                format!(
                    "{}{}{}",
                    bound(start),
                    if *inclusive { "..=" } else { ".." },
                    bound(end)
                )
            }
            PatKind::Tuple(items) => {
                format!("({})", items.iter().map(pat).collect::<Vec<_>>().join(", "))
            }
            PatKind::Slice(items) => {
                format!("[{}]", items.iter().map(pat).collect::<Vec<_>>().join(", "))
            }
            PatKind::Path(p) => format!("path {}", path(p)),
            PatKind::TupleStruct { path: p, elems } => format!(
                "{}({})",
                path(p),
                elems.iter().map(pat).collect::<Vec<_>>().join(", ")
            ),
            PatKind::Struct {
                path: p,
                fields,
                rest,
            } => {
                let mut parts: Vec<_> = fields
                    .iter()
                    .map(|f| format!("{}: {}", f.name.name, pat(&f.pat)))
                    .collect();
                if *rest {
                    parts.push("..".into());
                }
                format!("{} {{{}}}", path(p), parts.join(", "))
            }
            PatKind::Or(alts) => {
                format!("({})", alts.iter().map(pat).collect::<Vec<_>>().join(" | "))
            }
            PatKind::Ref {
                mutable,
                pat: inner,
            } => format!("&{}{}", if *mutable { "mut " } else { "" }, pat(inner)),
            PatKind::Error => "ERROR".into(),
        }
    }
}

/// Parses `source` and compares the dump and the diagnostics with the snapshot.
fn check(source: &str, expected: Expect) {
    let (file, diagnostics) = parse(source);
    let mut out = dump::file(&file);
    for diagnostic in diagnostics {
        out.push_str(&format!("\nerror {diagnostic}"));
    }
    expected.assert_eq(&out);
}

#[test]
fn binary_operators_follow_rust_precedence() {
    check("fn f() { a + b * c - d / e % f; a || b && c == d; x = y = 1 + 2; a & b | c ^ d << 1; -x as u32 + *y; a..b + 1; x += 1 }", expect!["(fn f() {(Sub (Add a (Mul b c)) (Rem (Div d e) f)); (Or a (And b (Eq c d))); (= x (= y (Add 1 2))); (BitOr (BitAnd a b) (BitXor c (Shl d 1))); (Add (as (Neg x) u32) (Deref y)); (.. a (Add b 1)); tail (Add= x 1)})"]);
}

#[test]
fn postfix_binds_tighter_than_unary_and_await_chains() {
    check("fn f() { -a.b().await?; !x.0.1; &mut v[i]; &&x; f(1)(2); a.b::<u32>(c).d; Vec::<u32>::new(); x as i64 as u8 }", expect!["(fn f() {(Neg (? (await (.b a)))); (Not (.1 (.0 x))); (RefMut (index v i)); (Ref (Ref x)); (call (call f 1) 2); (.d (.b::<u32> a c)); (call Vec<u32>::new); tail (as (as x i64) u8)})"]);
}

#[test]
fn comparisons_cannot_be_chained() {
    check(
        "fn f() { a < b < c; }",
        expect![[r#"
        (fn f() {(Lt (Lt a b) c)})
        error 1:16: comparison operators cannot be chained; use parentheses"#]],
    );
}

#[test]
fn use_declarations_with_groups_globs_and_self() {
    check("use std::future::Future; use std::task::{Context, Poll, self}; use futures::prelude::*; use a::{b::{c, d as e}};", expect![[r#"
        (use std::future::Future)
        (use std::task::{Context, Poll, self})
        (use futures::prelude::*)
        (use a::{b::{c, d as e}})"#]]);
}

#[test]
fn functions_methods_and_receivers() {
    check(
        "pub async fn fetch<T: Clone>(id: u32, (a, b): (u8, u8)) -> Result<T, String> where T: Send { Ok(x) }
         struct Counter { n: u32 }
         impl Counter {
             fn new() -> Self { Counter { n: 0 } }
             fn get(&self) -> u32 { self.n }
             fn bump(&mut self) { self.n += 1; }
             fn into(self) -> u32 { self.n }
             fn take(mut self) {}
             async fn tick(&mut self) { sleep(1).await; }
         }",
        expect![[r#"
            (async fn fetch<T>(id: u32, (a, b): (u8, u8)) -> Result<T, String> {tail (call Ok x)})
            (struct Counter {n: u32})
            (impl Counter
              (fn new() -> Self {tail (struct Counter {n: 0})})
              (fn get(Ref) -> u32 {tail (.n self)})
              (fn bump(RefMut) {(Add= (.n self) 1)})
              (fn into(Value) -> u32 {tail (.n self)})
              (fn take(MutValue) {})
              (async fn tick(RefMut) {(await (call sleep 1))}))"#]],
    );
}

#[test]
fn structs_enums_and_derives() {
    check("#[derive(Debug, Clone)] struct P { x: i32, pub y: i32 } struct T(u32, String); struct U; #[derive(Debug)] enum E { A, B(u32), C { x: u8 } }", expect![[r#"
        (struct P #[derive(Debug, Clone)] {x: i32, y: i32})
        (struct T (u32, String))
        (struct U unit)
        (enum E #[derive(Debug)] A unit | B (u32) | C {x: u8})"#]]);
}

#[test]
fn impl_future_with_output_and_pinned_receiver() {
    check(
        "impl Future for Countdown { type Output = &'static str; fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> { Poll::Pending } }",
        expect![[r#"
            (impl Future for Countdown
              (type Output = &'static str)
              (fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {tail Poll::Pending}))"#]],
    );
}

#[test]
fn control_flow_expressions() {
    check(
        "fn f() { if a { 1 } else if let Some(x) = y { 2 } else { 3 }; while let Some(t) = q.pop() { continue; } 'outer: loop { break 'outer 5; } for (i, x) in v.iter().enumerate() { return; } while n > 0 { n -= 1 } }",
        expect!["(fn f() {(if a {tail 1} (if (let Some(x) y) {tail 2} {tail 3})); (while (let Some(t) (.pop q)) {(continue)}) /*no semi*/; (loop 'outer {(break 'outer 5)}) /*no semi*/; (for (i, x) (.enumerate (.iter v)) {(return)}) /*no semi*/; tail (while (Gt n 0) {tail (Sub= n 1)})})"],
    );
}

#[test]
fn block_like_statement_ends_at_its_closing_brace() {
    check(
        "fn f() { if a { b(); }\n*x = 1; match y { _ => {} } - 2; loop { break; }.len(); { 1 }? + 2 }",
        expect!["(fn f() {(if a {(call b)}) /*no semi*/; (= (Deref x) 1); (match y [_ => {}]) /*no semi*/; (Neg 2); (.len (loop {(break)})); tail (Add (? {tail 1}) 2)})"],
    );
}

#[test]
fn match_arms_with_every_pattern_form() {
    check(
        "fn f() { match x { 0 => a, 1..=5 | 7 => b, -1 => c, Some(ref mut y) => d, None => e, Poll::Ready(v) if v > 2 => f, Poll::Pending => {} Either::Left((a, _)) => g, S { a, b: 2, .. } => h, T(x, ..) => i, &n => j, 'a'..='z' => k, \"s\" => l, n @ 10..=20 => m, _ => n, } }",
        expect![[r#"(fn f() {tail (match x [0 => a, (1..=5 | 7) => b, -1 => c, Some(ref mut y) => d, path None => e, Poll::Ready(v) if (Gt v 2) => f, path Poll::Pending => {}, Either::Left((a, _)) => g, S {a: a, b: 2, ..} => h, T(x, ..) => i, &n => j, 'a'..='z' => k, "s" => l, n @ 10..=20 => m, _ => n])})"#]],
    );
}

#[test]
fn struct_literals_are_not_parsed_in_conditions() {
    check("fn f() { if x == MAX { 1 } else { 2 }; match P { _ => 1 }; let s = S { a, b: 1, ..d }; if (S { a: 1 }).a {} }", expect!["(fn f() {(if (Eq x MAX) {tail 1} {tail 2}); (match P [_ => 1]); (let s = (struct S {a: a, b: 1} d)); tail (if (.a (struct S {a: 1})) {})})"]);
}

#[test]
fn closures_async_blocks_tuples_arrays_and_ranges() {
    check(
        "fn f() { let a = |x, y: u32| x + y; let b = move || { 1 }; let c = |x| -> u32 { x }; let d = async { 1 }; let e = async move { x.await }; let t = (1,); let u = (1); let v = [1, 2]; let w = [0; 3]; let r = ..; let s = ..=5; let q = 1.. ; }",
        expect!["(fn f() {(let a = (closure |x, y: u32| (Add x y))); (let b = (move closure || {tail 1})); (let c = (closure |x| -> u32 {tail x})); (let d = (async {tail 1})); (let e = (async move {tail (await x)})); (let t = (tuple 1)); (let u = 1); (let v = [1 2]); (let w = [0; 3]); (let r = (..)); (let s = (..= 5)); (let q = (.. 1))})"],
    );
}

#[test]
fn literals_with_suffixes_escapes_and_raw_strings() {
    check(
        r####"fn f() { 10u32; 1_000; 0xff; 0b1010; 2.5; 1e3; 'a'; '\n'; '\u{1F600}'; "a\"b\\c\t\0"; r"raw\n"; r#"with "quotes""#; true; }"####,
        expect![[
            r#"(fn f() {10u32; 1000; 255; 10; 2.5; 1000.0; 'a'; '\n'; '😀'; "a\"b\\c\t\0"; "raw\\n"; "with \"quotes\""; true})"#
        ]],
    );
}

#[test]
fn types_of_every_supported_form() {
    check(
        "fn f(a: &'a mut Vec<Vec<u32>>, b: impl Future<Output = u32> + Send + 'static, c: Box<dyn Fn(u32) -> u32>, d: [u8; 4], e: &[T], f: (u8, String), g: fn(u8) -> u8, h: Pin<Box<dyn Future<Output = ()>>>, i: Option<Rc<RefCell<u32>>>) -> ! { loop {} }",
        expect!["(fn f(a: &'a mut Vec<Vec<u32>>, b: impl Future<Output = u32> + Send, c: Box<dyn Fn<(u32), Output = u32>>, d: [u8; 4], e: &[T], f: (u8, String), g: fn(u8) -> u8, h: Pin<Box<dyn Future<Output = ()>>>, i: Option<Rc<RefCell<u32>>>) -> ! {tail (loop {})})"],
    );
}

#[test]
fn recovery_reports_several_errors_and_keeps_parsing() {
    check(
        "fn a() { let x = ; let y = 2 }\nfn b() { foo(1, ; bar() }\nstruct S { x: }\nfn c() -> u32 { 1 + }\nfn d() {}",
        expect![[r#"
            (fn a() {(let x = ERROR); (let y = 2)})
            (fn b() {(call foo 1 ERROR); tail (call bar)})
            (struct S {x: ERROR})
            (fn c() -> u32 {tail (Add 1 ERROR)})
            (fn d() {})
            error 1:18: expected an expression, found `;`
            error 1:30: expected `;`, found `}`
            error 2:17: expected an expression, found `;`
            error 3:15: expected a type, found `}`
            error 4:21: expected an expression, found `}`"#]],
    );
}

#[test]
fn traits_with_required_and_default_members() {
    check(
        "pub trait Shape: Debug + Clone where Self: Sized { type Item: Display = u8; const SIDES: u32 = 4; const N: u8; fn area(&self) -> f64; fn name<'a, T: Into<String> + 'a>(&self, t: T) -> String where T: Clone { t.into() } }",
        expect![[r#"
            (trait Shape: Debug + Clone where Self: Sized
              (type Item: Display = u8)
              (const SIDES: u32 = 4)
              (const N: u8)
              (required (fn area(Ref) -> f64 {}))
              (fn name<T>(Ref, t: T) -> String {tail (.into t)}))"#]],
    );
}

#[test]
fn generic_trait_impls_keep_their_bounds() {
    check(
        "impl<T: Display, const N: usize> fmt::Display for Wrapper<T> where T: Clone + Send { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { Ok(()) } }",
        expect![[r#"
            (impl<T: Display, const N: usize> fmt::Display for Wrapper<T> where T: Clone + Send
              (fn fmt(Ref, f: &mut fmt::Formatter) -> fmt::Result {tail (call Ok (tuple))}))"#]],
    );
}

#[test]
fn modules_and_type_aliases_nest_items() {
    check(
        "mod shapes { pub mod round { pub struct Circle; } use super::X; pub fn f() {} }\ntype Res<T> = Result<T, String>;",
        expect![[r#"
            (mod shapes
              (mod round
              (struct Circle unit))
              (use super::X)
              (fn f() {}))
            (type Res<T> = Result<T, String>)"#]],
    );
}

#[test]
fn unsupported_items_are_named() {
    check(
        "mod m;\nmacro_rules! m { () => {} }\nunsafe fn u() {}\n#[tokio::main]\nfn main() { unsafe { x() } }",
        expect![[r#"
            (fn main() {tail {tail (call x)}})
            error 1:1: `mod name;` needs another file: write the module inline, `mod name { .. }`
            error 2:1: `macro_rules!` macro definitions are not supported in the playground
            error 3:1: `unsafe` code is not supported in the playground
            error 4:1: attribute `#[tokio]` is not supported in the playground
            error 5:13: `unsafe` blocks are not supported in the playground"#]],
    );
}

#[test]
fn unsupported_expressions_and_macros_are_named() {
    check(
        "fn f() { let x = dbg!(1); cfg_if! { a => b }; let [a, b] = v; let c = async move |x| x; let Some(y) = o else { return }; if let Some(a) = b && c {} }",
        expect![[r#"
            (fn f() {(let x = ERROR); ERROR; (let [a, b] = v); (let c = (move closure |x| x)); (let Some(y) = o else {tail (return)}); (if (let Some(a) b) {}) /*no semi*/; (Ref (Ref c))})
            error 1:18: macro `dbg!` is not supported in the playground
            error 1:27: macro `cfg_if!` is not supported in the playground
            error 1:82: `async` closures are not supported in the playground; use `|..| async move { .. }`
            error 1:141: `let` chains are not supported in the playground (Rust 2021)
            error 1:146: expected `;` or `}` after the expression, found `{`"#]],
    );
}

#[test]
fn lexer_errors_are_located() {
    check(
        "fn f() {\n  let s = \"open;\n}",
        expect![[r#"
            (fn f() {(let s = ERROR)})
            error 2:11: unterminated string literal
            error 3:2: expected `;`, found end of input"#]],
    );
    check(
        "fn f() { let c = 'ab; let e = \"\\q\"; § }\n/* never closed",
        expect![[r#"
            (fn f() {(let c = ERROR); (let e = ERROR); tail ERROR})
            error 1:21: expected `:`, found `;`
            error 1:32: unknown character escape `\q`
            error 1:37: unexpected character `§`
            error 2:1: unterminated block comment
            error 2:1: expected an item (`fn`, `struct`, `impl`, `use`, ...)"#]],
    );
}

#[test]
fn byte_literals_are_bytes_and_non_ascii_ones_are_rejected() {
    check(
        "fn f() { let a = b\"hi\\xff\"; let b = br#\"x\"#; let c = b'z'; let d = b'\\u{e9}'; let e = b\"é\"; }",
        expect![[r#"
            (fn f() {(let a = b[104, 105, 255]); (let b = b[120]); (let c = 122u8); (let d = ERROR); (let e = ERROR)})
            error 1:70: unicode escape in byte string
            error 1:87: non-ASCII character in byte literal"#]],
    );
}

#[test]
fn format_strings_are_structured() {
    check(
        r#"fn f() { println!("a {} b {:?} c {:#?} {name} {0} {x:?} {{}} {:>5} {:.2} {:08.3} {:<w$} {:x}", 1, 2, 3, 4, 5, 6, 7, 8, w = 3, name = "n"); print!("no newline"); println!(); let s = format!("{v}"); }"#,
        expect![[
            r#"(fn f() {(println! ["a " {0} " b " {1: Debug} " c " {2:# Debug} " " {name} " " {0} " " {x: Debug} " {} " {3:>5 Display} " " {4:.2 Display} " " {5:08.3 Display} " " {6:<w$ Display} " " {7: LowerHex}] 1 2 3 4 5 6 7 8 w=3 name="n"); (print! ["no newline"]); (println! ); (let s = (format! [{v}]))})"#
        ]],
    );
}

#[test]
fn format_string_errors_use_rustc_wording() {
    check(
        r#"fn f() { println!("{}"); println!("{} {}", a); println!("{}", a, b); println!("{1}", a); println!("{"); println!("}"); println!("{:q}", a); println!("{x}", x = 1, y = 2); println!(a); }"#,
        expect![[r#"
            (fn f() {(println! [{0}]); (println! [{0} " " {1}] a); (println! [{0}] a b); (println! [{1}] a); (println! []); (println! []); (println! [] a); (println! [{x}] x=1 y=2); (println! )})
            error 1:19: 1 positional argument in format string, but no arguments were given
            error 1:35: 2 positional arguments in format string, but there is 1 argument
            error 1:66: argument never used
            error 1:80: invalid reference to positional argument 1 (there is 1 argument)
            error 1:86: argument never used
            error 1:100: invalid format string: expected `}` but string was terminated
            error 1:115: invalid format string: unmatched `}` found
            error 1:130: unknown format trait `q`
            error 1:137: argument never used
            error 1:168: named argument never used
            error 1:181: format argument must be a string literal"#]],
    );
}

#[test]
fn other_macros_are_structured() {
    check(
        r#"fn f() { let v = vec![1, 2, 3]; let w = vec![0; n]; let e: Vec<u8> = vec![]; assert!(a > 1); assert!(ok, "bad {}", x); assert_eq!(a, b); join!(f1, f2, async { 3 }); let m = matches!(p, Poll::Ready(_) | Poll::Pending if x); panic!("boom {}", 1); unreachable!(); todo!(); write!(out, "{}", x)?; }"#,
        expect![[
            r#"(fn f() {(let v = (vec! [1 2 3])); (let w = (vec! [0; n])); (let e: Vec<u8> = (vec! [])); (assert! (Gt a 1)); (assert! ok ["bad " {0}] x); (assert_eq! a b); (join! f1 f2 (async {tail 3})); (let m = (matches! p (Poll::Ready(_) | path Poll::Pending) x)); (panic! ["boom " {0}] 1); (unreachable! ); (todo! ); (? (write! out [{0}] x))})"#
        ]],
    );
}

#[test]
fn futures_macros_parse_with_their_paths_and_select_branches() {
    check(
        r#"async fn f() { futures::select! { x = a => x, Some(y) = b.next() => { y } complete => 0, default => 1 } let p = std::pin::pin!(g()); futures::pin_mut!(p); }"#,
        expect!["(async fn f() {(select! (x = a => x) (Some(y) = (.next b) => {tail y}) (complete => 0) (default => 1)) /*no semi*/; (let p = (pin! (call g))); (pin_mut! p)})"],
    );
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let source = format!("fn f() {{ {}1{} }}", "(".repeat(5000), ")".repeat(5000));
    let (_, diagnostics) = parse(&source);
    let messages: Vec<String> = diagnostics.iter().map(|d| d.to_string()).collect();
    expect![[r#"
        Some(
            "1:137: nesting is too deep (more than 128 levels)",
        )
    "#]]
    .assert_debug_eq(&messages.first());
    let blocks = format!("fn f() {}", "{".repeat(100_000));
    assert!(!parse(&blocks).1.is_empty());
    let unary = format!("fn f() {{ {}x }}", "-".repeat(100_000));
    assert!(!parse(&unary).1.is_empty());
}

#[test]
fn thread_local_declares_keys_with_const_blocks_and_a_last_semicolon_left_out() {
    check(
        "thread_local! { static A: Cell<u32> = const { Cell::new(3) }; pub static B: u8 = 1 }",
        expect!["(thread_local A: Cell<u32> = {tail (call Cell::new 3)} | B: u8 = 1)"],
    );
}

#[test]
fn a_block_arm_body_ends_its_arm_without_a_comma() {
    check(
        "fn f() { match t { (0, _) => {} (a, b) => a } }",
        expect!["(fn f() {tail (match t [(0, _) => {}, (a, b) => a])})"],
    );
}
