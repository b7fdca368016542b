//! For each `async fn` and async method, the states the compiler would generate: "not started",
//! one per suspension point (`.await`, and `join!`, which the interpreter lowers to one) in
//! source order, and "done", with the locals each keeps alive. It is a syntactic approximation
//! (documented on [`state_machines`]) and must never claim to be exact liveness analysis or walk
//! into nested `async` blocks' own awaits.

use super::ast::{
    Block, Expr, ExprKind, File, FnDecl, ImplItem, ItemKind, MacroArgs, Param, PatKind, Pattern,
    Span, Stmt, TypeKind,
};
use std::collections::{HashMap, HashSet};

/// The state machine of one async function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StateMachine {
    /// `name` for free functions, `Type::name` for methods.
    pub function: String,
    /// The function's span.
    pub span: Span,
    /// Await points in source order; state `i + 1` is suspended at `await_points[i]`.
    pub await_points: Vec<AwaitPoint>,
}

/// One `.await`, where the function suspends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AwaitPoint {
    /// The whole `expr.await` expression.
    pub span: Span,
    /// 1-based line of the `.await`.
    pub line: usize,
    /// A short text of the awaited expression, such as `sleep(10).await`.
    pub text: String,
    /// Locals (parameters included) declared before the await and used after it, sorted.
    pub live_locals: Vec<String>,
}

/// A state of the generated future, as rustc names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// State 0: created but never polled.
    Unresumed,
    /// Suspended at the await point with this index.
    Suspended(usize),
    /// Finished; polling again would panic.
    Returned,
}

impl StateMachine {
    /// Every state in order: `Unresumed`, one `Suspended` per await, `Returned`.
    pub fn states(&self) -> Vec<State> {
        let suspended = (0..self.await_points.len()).map(State::Suspended);
        std::iter::once(State::Unresumed)
            .chain(suspended)
            .chain([State::Returned])
            .collect()
    }
}

/// The state machines of every async function and method in `file`, in source order.
///
/// Liveness is approximated from the text: a local is live across an await if it is declared
/// before the await and some later use refers (by name, with shadowing followed in source order
/// but block scopes ignored) to that earlier declaration. Inside a loop, uses anywhere in the loop
/// count too, because the next iteration comes back to them. A local that must be dropped later
/// is kept while its block lasts even if nothing uses it again, as rustc keeps it: one whose
/// `let` makes a guard (`borrow`, `borrow_mut`, `lock`), a `String`, a collection or a value of
/// a type with `impl Drop`, unless `drop(name)` ends it first. Awaits inside nested `async`
/// blocks and closures belong to those futures, not to the function.
pub fn state_machines(source: &str, file: &File) -> Vec<StateMachine> {
    let drop_types = drop_types(file);
    let machine = |f: &FnDecl, function: String| machine(source, f, function, &drop_types);
    let mut out = Vec::new();
    for item in &file.items {
        match &item.kind {
            ItemKind::Fn(f) if f.is_async => out.push(machine(f, f.name.name.clone())),
            ItemKind::Impl(block) => {
                let owner = match &block.self_ty.kind {
                    TypeKind::Path(path) => path
                        .segments
                        .last()
                        .map_or(String::new(), |s| s.ident.name.clone()),
                    _ => String::new(),
                };
                for member in &block.items {
                    if let ImplItem::Fn(f) = member {
                        if f.is_async {
                            out.push(machine(f, format!("{owner}::{}", f.name.name)));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// The types of the file with an `impl Drop`.
fn drop_types(file: &File) -> HashSet<String> {
    let mut types = HashSet::new();
    for item in &file.items {
        let ItemKind::Impl(block) = &item.kind else {
            continue;
        };
        let is_drop = block
            .trait_path
            .as_ref()
            .and_then(|path| path.segments.last())
            .is_some_and(|segment| segment.ident.name == "Drop");
        if let (true, TypeKind::Path(path)) = (is_drop, &block.self_ty.kind) {
            types.extend(path.segments.last().map(|s| s.ident.name.clone()));
        }
    }
    types
}

fn machine(
    source: &str,
    f: &FnDecl,
    function: String,
    drop_types: &HashSet<String>,
) -> StateMachine {
    let mut facts = Facts {
        drop_types: drop_types.clone(),
        ..Facts::default()
    };
    for param in &f.params {
        match param {
            Param::SelfParam { span, .. } => facts.decls.push(("self".into(), span.start)),
            Param::Typed { pat, .. } => facts.bind(pat, pat.span.start),
        }
    }
    facts.block(&f.body);
    let last_uses = facts.last_uses();
    // Where each line starts, so that numbering many awaits costs no scan of the source each.
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(source.match_indices('\n').map(|(at, _)| at + 1))
        .collect();
    let await_points = facts.awaits.iter().map(|&(span, operand)| AwaitPoint {
        span,
        line: line_starts.partition_point(|&start| start <= span.end),
        text: short_text(
            source.get(operand.start..operand.end).unwrap_or(""),
            span != operand,
        ),
        live_locals: facts.live_across(span, &last_uses),
    });
    StateMachine {
        function,
        span: f.span,
        await_points: await_points.collect(),
    }
}

/// `sleep(10).await` (or `join!(a, b)`, a suspension of its own), whitespace collapsed and long
/// operands shortened.
fn short_text(operand: &str, awaited: bool) -> String {
    let collapsed = operand.split_whitespace().collect::<Vec<_>>().join(" ");
    let short: String = collapsed.chars().take(40).collect();
    let ellipsis = if short.len() < collapsed.len() {
        "…"
    } else {
        ""
    };
    let suffix = if awaited { ".await" } else { "" };
    format!("{short}{ellipsis}{suffix}")
}

/// What the walk records: declarations and uses by name with their byte positions, awaits
/// (whole span and operand span; the same span for a `join!`) and loop spans.
#[derive(Default)]
struct Facts {
    decls: Vec<(String, usize)>,
    uses: Vec<(String, usize)>,
    awaits: Vec<(Span, Span)>,
    loops: Vec<Span>,
    /// The types with an `impl Drop`.
    drop_types: HashSet<String>,
    /// Locals that must be dropped later: name, where declared, where their block ends.
    to_drop: Vec<(String, usize, usize)>,
    /// `drop(name)` calls: name and position.
    dropped: Vec<(String, usize)>,
}

impl Facts {
    /// Each declaration (name and position) with the position of the last use that refers to
    /// it: whether a declaration is live across an await only depends on that last use, so
    /// this is worked out once for all the awaits.
    fn last_uses(&self) -> Vec<(&str, usize, usize)> {
        let mut declared: HashMap<&str, Vec<usize>> = HashMap::new();
        for (name, at) in &self.decls {
            declared.entry(name).or_default().push(*at);
        }
        for positions in declared.values_mut() {
            positions.sort_unstable();
        }
        let mut last: HashMap<(&str, usize), usize> = HashMap::new();
        for (name, used) in &self.uses {
            let Some(positions) = declared.get(name.as_str()) else {
                continue;
            };
            // The latest declaration of the name before the use is the one it refers to.
            let before = positions.partition_point(|d| d < used);
            let Some(&decl) = before.checked_sub(1).and_then(|i| positions.get(i)) else {
                continue;
            };
            let latest = last.entry((name, decl)).or_insert(*used);
            *latest = (*latest).max(*used);
        }
        last.into_iter()
            .map(|((name, decl), used)| (name, decl, used))
            .collect()
    }

    fn live_across(&self, at: Span, last_uses: &[(&str, usize, usize)]) -> Vec<String> {
        let enclosing_loop = self
            .loops
            .iter()
            .filter(|l| l.start < at.start && at.end <= l.end)
            .map(|l| l.start)
            .min();
        let used_later = last_uses
            .iter()
            .filter(|&&(_, declared, used)| {
                let later = used >= at.end && declared < at.start;
                let in_loop = enclosing_loop.is_some_and(|l| declared < l && used >= l);
                later || in_loop
            })
            .map(|&(name, ..)| name);
        let still_to_drop = self.to_drop.iter().filter(|(name, declared, scope_end)| {
            let in_scope = *declared < at.start && at.end <= *scope_end;
            let ended = self
                .dropped
                .iter()
                .any(|(n, d)| n == name && *declared < *d && *d < at.start);
            in_scope && !ended
        });
        // Each name goes in at its sorted place, once: a sort of `String`s would put a copy of
        // the sort's code in the bundle for this one list.
        let mut live: Vec<String> = Vec::new();
        for name in used_later.chain(still_to_drop.map(|(name, ..)| name.as_str())) {
            if let Err(place) = live.binary_search_by(|known| known.as_str().cmp(name)) {
                live.insert(place, name.to_owned());
            }
        }
        live
    }

    /// Declares the names bound by `pat` as existing from byte `at` on (for `let`, after the
    /// initialiser, so `let x = f().await` does not keep `x` across its own await).
    fn bind(&mut self, pat: &Pattern, at: usize) {
        match &pat.kind {
            PatKind::Binding { name, sub, .. } => {
                self.decls.push((name.name.clone(), at));
                if let Some(sub) = sub {
                    self.bind(sub, at);
                }
            }
            PatKind::Tuple(items)
            | PatKind::Slice(items)
            | PatKind::Or(items)
            | PatKind::TupleStruct { elems: items, .. } => {
                items.iter().for_each(|p| self.bind(p, at));
            }
            PatKind::Struct { fields, .. } => fields.iter().for_each(|f| self.bind(&f.pat, at)),
            PatKind::Ref { pat, .. } => self.bind(pat, at),
            _ => {}
        }
    }

    fn block(&mut self, block: &Block) {
        for stmt in &block.stmts {
            match stmt {
                Stmt::Let { pat, init, .. } => {
                    init.iter().for_each(|e| self.expr(e));
                    let at = init.as_ref().map_or(pat.span.start, |e| e.span.end);
                    self.bind(pat, at);
                    if let (PatKind::Binding { name, .. }, Some(init)) = (&pat.kind, init) {
                        if self.must_drop(init) {
                            self.to_drop.push((name.name.clone(), at, block.span.end));
                        }
                    }
                }
                Stmt::Expr { expr, .. } => self.expr(expr),
                Stmt::Item(_) => {}
            }
        }
        block.tail.iter().for_each(|e| self.expr(e));
    }

    fn exprs<'a>(&mut self, exprs: impl IntoIterator<Item = &'a Expr>) {
        exprs.into_iter().for_each(|e| self.expr(e));
    }

    /// Walks `expr`. A chain (`a + b + c`, `x.f().g()`) is a tree as deep as it is long, so its
    /// links are walked in a loop, innermost first, in the order a recursive walk would take.
    fn expr(&mut self, expr: &Expr) {
        let mut links = Vec::new();
        let mut innermost = expr;
        while let Some(first) = first_operand(innermost) {
            links.push(innermost);
            innermost = first;
        }
        self.node(innermost);
        for link in links.iter().rev() {
            match &link.kind {
                ExprKind::Await(inner) => self.awaits.push((link.span, inner.span)),
                ExprKind::Call { callee, args } => {
                    self.exprs(args);
                    self.note_drop_call(callee, args, link.span.start);
                }
                ExprKind::MethodCall { args, .. } => self.exprs(args),
                ExprKind::Index { index: b, .. }
                | ExprKind::Binary { rhs: b, .. }
                | ExprKind::Assign { rhs: b, .. }
                | ExprKind::CompoundAssign { rhs: b, .. } => self.expr(b),
                _ => {}
            }
        }
    }

    /// Walks an expression that is not a chain link.
    fn node(&mut self, expr: &Expr) {
        match &expr.kind {
            ExprKind::Path(path) if path.segments.len() == 1 => {
                let name = &path.segments[0].ident;
                self.uses.push((name.name.clone(), name.span.start));
            }
            ExprKind::ArrayRepeat { value: a, count: b } => self.exprs([&**a, &**b]),
            ExprKind::Range { start, end, .. } => self.exprs(start.iter().chain(end).map(|e| &**e)),
            ExprKind::Tuple(items) | ExprKind::Array(items) => self.exprs(items),
            ExprKind::Struct { fields, base, .. } => {
                self.exprs(
                    fields
                        .iter()
                        .map(|f| &f.value)
                        .chain(base.iter().map(|b| &**b)),
                );
            }
            ExprKind::Return(value) | ExprKind::Break { value, .. } => {
                self.exprs(value.iter().map(|v| &**v))
            }
            ExprKind::Macro(call) => {
                self.macro_args(&call.args);
                // The lowering suspends in `join!` as at an `.await`.
                if call.name.name == "join" {
                    self.awaits.push((expr.span, expr.span));
                }
            }
            _ => self.control_flow(expr),
        }
    }

    /// Whether the value `init` makes must be dropped later: a guard, an owned string or
    /// collection, or a value of a type with `impl Drop`.
    fn must_drop(&self, init: &Expr) -> bool {
        match &init.kind {
            ExprKind::MethodCall { method, .. } => matches!(
                method.name.as_str(),
                "borrow" | "borrow_mut" | "lock" | "to_string" | "to_owned" | "to_vec" | "collect"
            ),
            ExprKind::Macro(call) => matches!(call.name.name.as_str(), "vec" | "format"),
            ExprKind::Struct { path, .. } => self.names_drop_type(path),
            ExprKind::Call { callee, .. } => match &callee.kind {
                ExprKind::Path(path) => {
                    let mut names = path.segments.iter().rev().map(|s| s.ident.name.as_str());
                    let last = names.next().unwrap_or("");
                    let owner = names.next().unwrap_or("");
                    matches!(
                        owner,
                        "String" | "Vec" | "HashMap" | "VecDeque" | "Box" | "Rc"
                    ) || self.drop_types.contains(owner)
                        || self.drop_types.contains(last)
                }
                _ => false,
            },
            ExprKind::Try(inner) | ExprKind::Await(inner) => {
                matches!(&inner.kind, ExprKind::MethodCall { method, .. } if method.name == "lock")
            }
            _ => false,
        }
    }

    fn names_drop_type(&self, path: &super::ast::Path) -> bool {
        path.segments
            .last()
            .is_some_and(|s| self.drop_types.contains(&s.ident.name))
    }

    /// Notes `drop(name)` (or `mem::drop(name)`), which ends the local before its block does.
    fn note_drop_call(&mut self, callee: &Expr, args: &[Expr], at: usize) {
        let ExprKind::Path(callee) = &callee.kind else {
            return;
        };
        if callee
            .segments
            .last()
            .is_none_or(|s| s.ident.name != "drop")
        {
            return;
        }
        if let [Expr {
            kind: ExprKind::Path(arg),
            ..
        }] = args
        {
            if let [only] = arg.segments.as_slice() {
                self.dropped.push((only.ident.name.clone(), at));
            }
        }
    }

    fn control_flow(&mut self, expr: &Expr) {
        match &expr.kind {
            ExprKind::Block(block) => self.block(block),
            ExprKind::If { .. } => {
                // `else if` links in a loop: a long chain costs no recursion.
                let mut link = Some(expr);
                while let Some(ExprKind::If {
                    cond,
                    then,
                    otherwise,
                }) = link.map(|e| &e.kind)
                {
                    self.expr(cond);
                    self.block(then);
                    link = otherwise.as_deref();
                }
                self.exprs(link);
            }
            ExprKind::Let {
                pat,
                expr: scrutinee,
            } => {
                self.expr(scrutinee);
                self.bind(pat, scrutinee.span.end);
            }
            ExprKind::While { cond, body, .. } => {
                self.loops.push(expr.span);
                self.expr(cond);
                self.block(body);
            }
            ExprKind::Loop { body, .. } => {
                self.loops.push(expr.span);
                self.block(body);
            }
            ExprKind::For {
                pat, iter, body, ..
            } => {
                self.expr(iter);
                self.loops.push(expr.span);
                self.bind(pat, pat.span.start);
                self.block(body);
            }
            ExprKind::Match { scrutinee, arms } => {
                self.expr(scrutinee);
                for arm in arms {
                    self.bind(&arm.pat, arm.pat.span.start);
                    self.exprs(arm.guard.iter().chain([&arm.body]));
                }
            }
            ExprKind::Async { body, .. } => self.nested_future(|facts| facts.block(body)),
            ExprKind::Closure { body, .. } => self.nested_future(|facts| facts.expr(body)),
            _ => {}
        }
    }

    /// Walks a nested async block or closure: its uses count (it captures), its awaits do not.
    fn nested_future(&mut self, walk: impl FnOnce(&mut Facts)) {
        let awaits = self.awaits.len();
        walk(self);
        self.awaits.truncate(awaits);
    }

    fn macro_args(&mut self, args: &MacroArgs) {
        match args {
            MacroArgs::Format(format) => self.format_args(format.as_ref()),
            MacroArgs::Write { dest, format } => {
                self.expr(dest);
                self.format_args(format.as_ref());
            }
            MacroArgs::Assert { operands, message } => {
                self.exprs(operands);
                self.format_args(message.as_ref());
            }
            MacroArgs::List(items) | MacroArgs::VecList(items) => self.exprs(items),
            MacroArgs::VecRepeat { value, count } => self.exprs([&**value, &**count]),
            MacroArgs::Select(branches) => {
                for branch in branches {
                    if let super::ast::SelectKind::Future { future, .. } = &branch.kind {
                        self.expr(future);
                    }
                    self.expr(&branch.body);
                }
            }
            MacroArgs::Matches { expr, guard, .. } => {
                self.exprs(std::iter::once(&**expr).chain(guard.iter().map(|g| &**g)))
            }
        }
    }

    /// Arguments, and inline `{name}` captures, which use the variable too.
    fn format_args(&mut self, format: Option<&super::ast::FormatArgs>) {
        let Some(format) = format else { return };
        self.exprs(format.args.iter().map(|a| &a.value));
        for piece in &format.template.pieces {
            if let super::ast::FormatPiece::Placeholder(p) = piece {
                if let super::ast::ArgRef::Name(name) = &p.arg {
                    self.uses.push((name.clone(), p.span.start));
                }
            }
        }
    }
}

/// The operand a chain link walks first, before anything of its own: the next link inwards.
fn first_operand(expr: &Expr) -> Option<&Expr> {
    match &expr.kind {
        ExprKind::Await(first)
        | ExprKind::Call { callee: first, .. }
        | ExprKind::MethodCall {
            receiver: first, ..
        }
        | ExprKind::Field { base: first, .. }
        | ExprKind::TupleIndex { base: first, .. }
        | ExprKind::Try(first)
        | ExprKind::Unary { expr: first, .. }
        | ExprKind::Cast { expr: first, .. }
        | ExprKind::Index { base: first, .. }
        | ExprKind::Binary { lhs: first, .. }
        | ExprKind::Assign { lhs: first, .. }
        | ExprKind::CompoundAssign { lhs: first, .. } => Some(first),
        _ => None,
    }
}
