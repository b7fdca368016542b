//! The syntax tree of the playground's Rust subset, as the parser produces it and the evaluator
//! reads it. It is plain data: it must never hold behaviour, source text beyond names and literals,
//! or anything the evaluator could not build by hand in a test.
//!
//! Conventions the evaluator can rely on:
//! - Every node with a `span` covers its source bytes; spans index the original `&str`.
//! - After a parse with diagnostics, `Error` nodes (`ExprKind::Error`, `PatKind::Error`,
//!   `TypeKind::Error`) stand where the source could not be understood; a program with any error
//!   diagnostic must not be run.
//! - Types are kept light: the evaluator mostly ignores them.
//! - Changes to this file are additive only, and announced in commit messages.

/// The crates whose paths name std, futures or playground items, never the program's own
/// (`futures::join!`, `std::future::ready`).
pub const EXTERNAL_CRATES: &[&str] = &["std", "core", "alloc", "futures", "async_playground"];

/// A byte range `start..end` into the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The smallest span covering both `self` and `other`.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// A name as written (`foo`, `Self`, `self`, or a label/lifetime such as `'outer`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ident {
    /// The name, exactly as in the source.
    pub name: String,
    /// Where it is written.
    pub span: Span,
}

/// A whole source file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct File {
    /// Top-level items in source order.
    pub items: Vec<Item>,
}

/// An item: something that can stand at the top level (or inside a block).
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// What item it is.
    pub kind: ItemKind,
    /// The whole item, attributes included.
    pub span: Span,
}

/// The kinds of item in the subset.
#[derive(Clone, Debug, PartialEq)]
pub enum ItemKind {
    /// `use a::b::{c, d as e, *};`
    Use(UseTree),
    /// `fn` or `async fn`.
    Fn(FnDecl),
    /// `struct S { .. }`, `struct S(..);`, `struct S;`
    Struct(StructDecl),
    /// `enum E { A, B(u32), C { x: u32 } }`
    Enum(EnumDecl),
    /// `impl T { .. }` or `impl Future for T { .. }`.
    Impl(ImplBlock),
    /// `const NAME: T = value;`
    Const(ConstDecl),
    /// `static NAME: T = value;`
    Static(ConstDecl),
    /// `thread_local! { static NAME: T = value; .. }`: keys whose `with` lends the value.
    ThreadLocal(Vec<ConstDecl>),
    /// `trait Name<G>: Supertraits { .. }`
    Trait(TraitDecl),
    /// `mod name { .. }` (inline modules only).
    Mod(ModDecl),
    /// `type Name<G> = T;`
    TypeAlias(TypeAlias),
}

/// A trait definition.
#[derive(Clone, Debug, PartialEq)]
pub struct TraitDecl {
    /// The trait's name.
    pub name: Ident,
    /// Its generic parameters.
    pub generics: Vec<GenericParam>,
    /// The supertraits after `:`.
    pub supertraits: Vec<Path>,
    /// `where` predicates.
    pub where_clause: Vec<WherePredicate>,
    /// Methods, associated types and constants in source order.
    pub items: Vec<TraitItem>,
}

/// A member of a trait definition.
#[derive(Clone, Debug, PartialEq)]
pub enum TraitItem {
    /// A method. A required method (`fn f(&self);`) has `provided: false` and an empty body
    /// located at its `;`.
    Fn {
        /// The signature, and the default body when `provided`.
        decl: FnDecl,
        /// Whether the trait gives a default body.
        provided: bool,
    },
    /// `type Item: Bounds = Default;`
    Type {
        /// The associated type's name.
        name: Ident,
        /// Its bounds.
        bounds: Vec<Path>,
        /// Its default, if written.
        default: Option<Type>,
    },
    /// `const NAME: T = default;`
    Const {
        /// The constant's name.
        name: Ident,
        /// Its type.
        ty: Type,
        /// Its default value, if written.
        default: Option<Expr>,
    },
}

/// An inline module.
#[derive(Clone, Debug, PartialEq)]
pub struct ModDecl {
    /// The module's name.
    pub name: Ident,
    /// Its items in source order.
    pub items: Vec<Item>,
}

/// A `type` alias.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeAlias {
    /// The alias.
    pub name: Ident,
    /// Its generic parameters.
    pub generics: Vec<GenericParam>,
    /// The aliased type.
    pub ty: Type,
}

/// A generic parameter with its bounds: `T: Display + Clone`, `'a`, `const N: usize`.
#[derive(Clone, Debug, PartialEq)]
pub struct GenericParam {
    /// The parameter's name (with its `'` for a lifetime).
    pub name: Ident,
    /// What kind of parameter it is.
    pub kind: GenericParamKind,
    /// The trait bounds after `:` (lifetime bounds are dropped).
    pub bounds: Vec<Path>,
}

/// The kinds of generic parameter.
#[derive(Clone, Debug, PartialEq)]
pub enum GenericParamKind {
    /// A type parameter, with its default if written.
    Type(Option<Type>),
    /// A lifetime parameter.
    Lifetime,
    /// `const N: T`.
    Const(Type),
}

/// One `where` predicate: `T: A + B` (lifetime predicates are dropped).
#[derive(Clone, Debug, PartialEq)]
pub struct WherePredicate {
    /// The bounded type.
    pub ty: Type,
    /// Its trait bounds.
    pub bounds: Vec<Path>,
}

/// One `use` tree: a path prefix followed by a name, a glob or a group.
#[derive(Clone, Debug, PartialEq)]
pub struct UseTree {
    /// Segments before the last part (`std::future` in `use std::future::Future`).
    pub prefix: Vec<Ident>,
    /// What the tree ends in.
    pub kind: UseTreeKind,
    /// The whole tree.
    pub span: Span,
}

/// How a `use` tree ends.
#[derive(Clone, Debug, PartialEq)]
pub enum UseTreeKind {
    /// A single name (possibly `self`), with an optional `as` alias.
    Name {
        /// The imported name.
        name: Ident,
        /// `as alias`, if any.
        alias: Option<Ident>,
    },
    /// `*`
    Glob,
    /// `{a, b::c, self}`
    Group(Vec<UseTree>),
}

/// A function or method.
#[derive(Clone, Debug, PartialEq)]
pub struct FnDecl {
    /// `true` for `async fn`.
    pub is_async: bool,
    /// The function's name.
    pub name: Ident,
    /// Names of generic type parameters.
    pub generics: Vec<Ident>,
    /// Every generic parameter with its bounds, lifetimes and consts included.
    pub generic_params: Vec<GenericParam>,
    /// `where` predicates.
    pub where_clause: Vec<WherePredicate>,
    /// Parameters, `self` first if present.
    pub params: Vec<Param>,
    /// `-> T`, if written.
    pub ret: Option<Type>,
    /// The body.
    pub body: Block,
    /// From `fn`/`async`/`pub` to the closing brace.
    pub span: Span,
}

/// One function parameter.
#[derive(Clone, Debug, PartialEq)]
pub enum Param {
    /// A receiver: `self`, `mut self`, `&self`, `&mut self`, `self: Pin<&mut Self>`.
    SelfParam {
        /// Which form of receiver.
        kind: SelfKind,
        /// Where it is written.
        span: Span,
    },
    /// `pattern: Type`
    Typed {
        /// The binding pattern (usually a name).
        pat: Pattern,
        /// The declared type.
        ty: Type,
    },
}

/// The form of a `self` parameter.
#[derive(Clone, Debug, PartialEq)]
pub enum SelfKind {
    /// `self`
    Value,
    /// `mut self`
    MutValue,
    /// `&self`
    Ref,
    /// `&mut self`
    RefMut,
    /// `self: T` (for example `self: Pin<&mut Self>`).
    Typed(Type),
}

/// A struct definition.
#[derive(Clone, Debug, PartialEq)]
pub struct StructDecl {
    /// The struct's name.
    pub name: Ident,
    /// Traits named in `#[derive(..)]` attributes, in order.
    pub derives: Vec<Ident>,
    /// Names of generic type parameters.
    pub generics: Vec<Ident>,
    /// The fields.
    pub fields: Fields,
}

/// The fields of a struct or enum variant.
#[derive(Clone, Debug, PartialEq)]
pub enum Fields {
    /// `{ a: T, b: U }`
    Named(Vec<FieldDecl>),
    /// `(T, U)`
    Tuple(Vec<Type>),
    /// No fields.
    Unit,
}

/// A named field declaration `name: Type`.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldDecl {
    /// The field name.
    pub name: Ident,
    /// Its type.
    pub ty: Type,
}

/// An enum definition (unit, tuple and struct-like variants; no discriminants).
#[derive(Clone, Debug, PartialEq)]
pub struct EnumDecl {
    /// The enum's name.
    pub name: Ident,
    /// Traits named in `#[derive(..)]` attributes, in order.
    pub derives: Vec<Ident>,
    /// Names of generic type parameters.
    pub generics: Vec<Ident>,
    /// The variants in order.
    pub variants: Vec<Variant>,
}

/// One enum variant.
#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    /// The variant's name.
    pub name: Ident,
    /// It is marked `#[default]` (for `#[derive(Default)]`).
    pub is_default: bool,
    /// Its fields.
    pub fields: Fields,
}

/// An `impl` block.
#[derive(Clone, Debug, PartialEq)]
pub struct ImplBlock {
    /// The block's generic parameters (`impl<T: Display>`).
    pub generics: Vec<GenericParam>,
    /// The implemented trait, if any (`impl Display for T`).
    pub trait_path: Option<Path>,
    /// `where` predicates.
    pub where_clause: Vec<WherePredicate>,
    /// The type the block is for.
    pub self_ty: Type,
    /// Methods and associated types.
    pub items: Vec<ImplItem>,
}

/// A member of an `impl` block.
#[derive(Clone, Debug, PartialEq)]
pub enum ImplItem {
    /// A method or associated function.
    Fn(FnDecl),
    /// `type Output = T;`
    Type {
        /// The associated type's name.
        name: Ident,
        /// Its definition.
        ty: Type,
    },
    /// `const NAME: T = value;`
    Const(ConstDecl),
}

/// A `const` or `static` item.
#[derive(Clone, Debug, PartialEq)]
pub struct ConstDecl {
    /// `true` for `static mut` (rejected by the parser, kept for the message).
    pub mutable: bool,
    /// The name.
    pub name: Ident,
    /// The declared type.
    pub ty: Type,
    /// The value.
    pub value: Expr,
}

/// A `{ .. }` block: statements, then an optional tail expression that is the block's value.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// Statements in order.
    pub stmts: Vec<Stmt>,
    /// The final expression without `;`, if any.
    pub tail: Option<Box<Expr>>,
    /// From `{` to `}`.
    pub span: Span,
}

/// A statement inside a block.
#[derive(Clone, Debug, PartialEq)]
pub enum Stmt {
    /// `let pat: T = init;` or `let pat = init else { diverge };`
    Let {
        /// The pattern bound.
        pat: Pattern,
        /// The annotated type, if any.
        ty: Option<Type>,
        /// The initialiser, if any.
        init: Option<Expr>,
        /// The `else` block of a `let .. else`, run when the pattern does not match.
        otherwise: Option<Box<Block>>,
        /// From `let` to `;`.
        span: Span,
    },
    /// An expression statement. `semi` is `false` for block-like expressions (`if`, `loop`, ..)
    /// written without `;` in the middle of a block.
    Expr {
        /// The expression.
        expr: Expr,
        /// Whether a `;` followed it.
        semi: bool,
    },
    /// A nested item, such as a local `fn` or `use`.
    Item(Box<Item>),
}

/// An expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// What expression it is.
    pub kind: ExprKind,
    /// Where it is written.
    pub span: Span,
}

/// Dropping an expression takes its operand chains apart one node at a time: a flat
/// `1 + 1 + ...` or a long method chain is a tree as deep as it is long, and the derived drop
/// would recurse once per node and overflow the stack.
impl Drop for Expr {
    fn drop(&mut self) {
        let mut work = Vec::new();
        take_operands(&mut self.kind, &mut work);
        while let Some(mut expr) = work.pop() {
            take_operands(&mut expr.kind, &mut work);
        }
    }
}

/// Moves the boxed operands of an expression (where chains grow) into `work`.
fn take_operands(kind: &mut ExprKind, work: &mut Vec<Expr>) {
    let chained = matches!(
        kind,
        ExprKind::Call { .. }
            | ExprKind::MethodCall { .. }
            | ExprKind::Field { .. }
            | ExprKind::TupleIndex { .. }
            | ExprKind::Index { .. }
            | ExprKind::Await(_)
            | ExprKind::Try(_)
            | ExprKind::Unary { .. }
            | ExprKind::Binary { .. }
            | ExprKind::Assign { .. }
            | ExprKind::CompoundAssign { .. }
            | ExprKind::Cast { .. }
            | ExprKind::If { .. }
    );
    if !chained {
        return;
    }
    match std::mem::replace(kind, ExprKind::Error) {
        ExprKind::Call { callee: one, .. }
        | ExprKind::MethodCall { receiver: one, .. }
        | ExprKind::Field { base: one, .. }
        | ExprKind::TupleIndex { base: one, .. }
        | ExprKind::Await(one)
        | ExprKind::Try(one)
        | ExprKind::Unary { expr: one, .. }
        | ExprKind::Cast { expr: one, .. } => work.push(*one),
        ExprKind::Index { base: a, index: b }
        | ExprKind::Binary { lhs: a, rhs: b, .. }
        | ExprKind::Assign { lhs: a, rhs: b }
        | ExprKind::CompoundAssign { lhs: a, rhs: b, .. } => work.extend([*a, *b]),
        ExprKind::If {
            cond, otherwise, ..
        } => work.extend(std::iter::once(cond).chain(otherwise).map(|e| *e)),
        _ => {}
    }
}

/// The kinds of expression in the subset.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// A literal.
    Lit(Lit),
    /// A path: `x`, `Vec::new`, `Poll::Ready`, `mem::size_of::<T>`.
    Path(Path),
    /// `callee(args)`
    Call {
        /// What is called.
        callee: Box<Expr>,
        /// The arguments.
        args: Vec<Expr>,
    },
    /// `receiver.method::<T>(args)`
    MethodCall {
        /// The receiver.
        receiver: Box<Expr>,
        /// The method name.
        method: Ident,
        /// Turbofish generic arguments, usually empty.
        turbofish: Vec<GenericArg>,
        /// The arguments (receiver excluded).
        args: Vec<Expr>,
    },
    /// `base.name`
    Field {
        /// The struct value.
        base: Box<Expr>,
        /// The field name.
        name: Ident,
    },
    /// `base.0`
    TupleIndex {
        /// The tuple value.
        base: Box<Expr>,
        /// The index.
        index: u32,
    },
    /// `base[index]`
    Index {
        /// The indexed value.
        base: Box<Expr>,
        /// The index.
        index: Box<Expr>,
    },
    /// `future.await`
    Await(Box<Expr>),
    /// `expr?`
    Try(Box<Expr>),
    /// `-x`, `!x`, `*x`, `&x`, `&mut x`
    Unary {
        /// The operator.
        op: UnaryOp,
        /// The operand.
        expr: Box<Expr>,
    },
    /// `lhs op rhs` for arithmetic, comparison, logical and bitwise operators.
    Binary {
        /// The operator.
        op: BinOp,
        /// Left operand.
        lhs: Box<Expr>,
        /// Right operand.
        rhs: Box<Expr>,
    },
    /// `lhs = rhs`
    Assign {
        /// The place assigned to.
        lhs: Box<Expr>,
        /// The value.
        rhs: Box<Expr>,
    },
    /// `lhs op= rhs`
    CompoundAssign {
        /// The operator (`Add` for `+=`, ...).
        op: BinOp,
        /// The place assigned to.
        lhs: Box<Expr>,
        /// The value.
        rhs: Box<Expr>,
    },
    /// `a..b`, `a..`, `..b`, `..`, `a..=b`
    Range {
        /// Lower bound.
        start: Option<Box<Expr>>,
        /// Upper bound.
        end: Option<Box<Expr>>,
        /// `true` for `..=`.
        inclusive: bool,
    },
    /// `expr as T`
    Cast {
        /// The value.
        expr: Box<Expr>,
        /// The target type.
        ty: Type,
    },
    /// `{ .. }` or `'label: { .. }`
    Block(Block),
    /// `async { .. }` or `async move { .. }`
    Async {
        /// `true` for `async move`.
        is_move: bool,
        /// The body.
        body: Block,
    },
    /// `|a, b: T| body` or `move |x| body`
    Closure {
        /// `true` for `move` closures.
        is_move: bool,
        /// Parameters.
        params: Vec<ClosureParam>,
        /// `-> T`, if written (then the body is a block).
        ret: Option<Type>,
        /// The body.
        body: Box<Expr>,
    },
    /// `if cond { .. } else ..`; `cond` may be an `ExprKind::Let` for `if let`.
    If {
        /// The condition.
        cond: Box<Expr>,
        /// The then-branch.
        then: Block,
        /// `else` branch: a `Block` expression or another `If`.
        otherwise: Option<Box<Expr>>,
    },
    /// `let pat = expr`, only as the condition of `if` and `while`.
    Let {
        /// The pattern.
        pat: Pattern,
        /// The scrutinee.
        expr: Box<Expr>,
    },
    /// `'label: while cond { .. }`; `cond` may be an `ExprKind::Let` for `while let`.
    While {
        /// Optional loop label.
        label: Option<Ident>,
        /// The condition.
        cond: Box<Expr>,
        /// The body.
        body: Block,
    },
    /// `'label: loop { .. }`
    Loop {
        /// Optional loop label.
        label: Option<Ident>,
        /// The body.
        body: Block,
    },
    /// `'label: for pat in iter { .. }`
    For {
        /// Optional loop label.
        label: Option<Ident>,
        /// The loop variable pattern.
        pat: Pattern,
        /// The iterated expression.
        iter: Box<Expr>,
        /// The body.
        body: Block,
    },
    /// `break 'label value`
    Break {
        /// Target label.
        label: Option<Ident>,
        /// Value for `loop`.
        value: Option<Box<Expr>>,
    },
    /// `continue 'label`
    Continue {
        /// Target label.
        label: Option<Ident>,
    },
    /// `return value`
    Return(Option<Box<Expr>>),
    /// `match scrutinee { arms }`
    Match {
        /// The matched value.
        scrutinee: Box<Expr>,
        /// The arms in order.
        arms: Vec<Arm>,
    },
    /// `Path { a, b: 1, ..base }`
    Struct {
        /// The struct or variant path.
        path: Path,
        /// Field initialisers; shorthand `a` becomes `a: a` with a path value.
        fields: Vec<FieldInit>,
        /// Functional update base after `..`.
        base: Option<Box<Expr>>,
    },
    /// `(a, b)`; `()` is the empty tuple. Parenthesised expressions are not kept as nodes.
    Tuple(Vec<Expr>),
    /// `[a, b, c]`
    Array(Vec<Expr>),
    /// `[value; count]`
    ArrayRepeat {
        /// The repeated value.
        value: Box<Expr>,
        /// How many times.
        count: Box<Expr>,
    },
    /// A supported macro call, its arguments already parsed.
    Macro(MacroCall),
    /// Source that could not be parsed (a diagnostic was reported).
    Error,
}

/// A literal value.
#[derive(Clone, Debug, PartialEq)]
pub enum Lit {
    /// An integer, with its suffix (`u32`, `usize`, ...) if written. Values beyond `u128` are errors.
    Int {
        /// The value.
        value: u128,
        /// The type suffix, if any.
        suffix: Option<String>,
    },
    /// A floating-point number, with its suffix (`f32`, `f64`) if written.
    Float {
        /// The value.
        value: f64,
        /// The type suffix, if any.
        suffix: Option<String>,
    },
    /// `true` or `false`.
    Bool(bool),
    /// A string literal, escapes resolved.
    Str(String),
    /// A character literal.
    Char(char),
    /// A byte string literal, `&[u8; N]`.
    ByteStr(Vec<u8>),
}

/// A unary operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `-`
    Neg,
    /// `!`
    Not,
    /// `*`
    Deref,
    /// `&`
    Ref,
    /// `&mut`
    RefMut,
}

/// A binary operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `%`
    Rem,
    /// `&&`
    And,
    /// `||`
    Or,
    /// `&`
    BitAnd,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `<<`
    Shl,
    /// `>>`
    Shr,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

/// A closure parameter `pat` or `pat: T`.
#[derive(Clone, Debug, PartialEq)]
pub struct ClosureParam {
    /// The pattern.
    pub pat: Pattern,
    /// The annotated type, if any.
    pub ty: Option<Type>,
}

/// One `match` arm: `pat if guard => body`.
#[derive(Clone, Debug, PartialEq)]
pub struct Arm {
    /// The pattern (possibly an or-pattern).
    pub pat: Pattern,
    /// The guard, if any.
    pub guard: Option<Expr>,
    /// The arm's value.
    pub body: Expr,
    /// From the pattern to the end of the body.
    pub span: Span,
}

/// A field initialiser in a struct literal.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldInit {
    /// The field name.
    pub name: Ident,
    /// The value (for shorthand `a`, a path expression `a`).
    pub value: Expr,
}

/// A path such as `std::future::Future`, `Vec::<u32>::new` or `Poll::Ready`.
#[derive(Clone, Debug, PartialEq)]
pub struct Path {
    /// The segments in order (a leading `::` is dropped).
    pub segments: Vec<PathSegment>,
    /// The whole path.
    pub span: Span,
    /// The trait of a qualified path `<T as Trait>::f` (read as `T::f`), which picks that
    /// trait's `f` over an inherent one.
    pub as_trait: Option<Box<Ident>>,
}

/// One path segment with its generic arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct PathSegment {
    /// The segment's name.
    pub ident: Ident,
    /// `<..>` or `::<..>` arguments. `Fn(A, B) -> C` becomes `[Type((A, B)), Binding Output = C]`.
    pub generics: Vec<GenericArg>,
}

/// A generic argument.
#[derive(Clone, Debug, PartialEq)]
pub enum GenericArg {
    /// A type.
    Type(Type),
    /// A lifetime such as `'_` or `'a`.
    Lifetime(Ident),
    /// An associated type binding such as `Output = u32`.
    Binding {
        /// The associated type's name.
        name: Ident,
        /// Its value.
        ty: Type,
    },
}

/// A pattern.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    /// What pattern it is.
    pub kind: PatKind,
    /// Where it is written.
    pub span: Span,
}

/// The kinds of pattern.
///
/// A single identifier starting with a lowercase letter or `_` is a `Binding`; one starting with
/// an uppercase letter (`None`, `Pending`, `MAX`) is a `Path`, as rustc's naming conventions make
/// it in practice.
#[derive(Clone, Debug, PartialEq)]
pub enum PatKind {
    /// `_`
    Wild,
    /// `..` inside a tuple, tuple-struct or slice pattern.
    Rest,
    /// `ref mut name @ sub`
    Binding {
        /// The bound name.
        name: Ident,
        /// `mut` was written.
        mutable: bool,
        /// `ref` was written.
        by_ref: bool,
        /// `@ sub`, if written.
        sub: Option<Box<Pattern>>,
    },
    /// A literal, possibly negated (`-1`).
    Lit {
        /// The literal.
        lit: Lit,
        /// A leading `-` was written.
        negated: bool,
    },
    /// `a..=b`, `a..b`, `a..`, `..=b`; bounds are `Lit` or `Path` patterns.
    Range {
        /// Lower bound.
        start: Option<Box<Pattern>>,
        /// Upper bound.
        end: Option<Box<Pattern>>,
        /// `true` for `..=`.
        inclusive: bool,
    },
    /// `(a, b)`
    Tuple(Vec<Pattern>),
    /// `[a, b]`, `[first, .., last]`, `[x, rest @ ..]`
    Slice(Vec<Pattern>),
    /// `Poll::Pending`, `None`, `Color::Red`
    Path(Path),
    /// `Some(x)`, `Poll::Ready(v)`, `Either::Left(a)`
    TupleStruct {
        /// The variant or struct path.
        path: Path,
        /// The element patterns.
        elems: Vec<Pattern>,
    },
    /// `S { a, b: p, .. }`
    Struct {
        /// The struct or variant path.
        path: Path,
        /// Field patterns; shorthand `a` becomes `a: a` with a binding.
        fields: Vec<FieldPat>,
        /// `..` was written.
        rest: bool,
    },
    /// `a | b | c`
    Or(Vec<Pattern>),
    /// `&p` or `&mut p`
    Ref {
        /// `&mut` was written.
        mutable: bool,
        /// The inner pattern.
        pat: Box<Pattern>,
    },
    /// Source that could not be parsed (a diagnostic was reported).
    Error,
}

/// A field in a struct pattern.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldPat {
    /// The field name.
    pub name: Ident,
    /// The pattern for it.
    pub pat: Pattern,
}

/// A type, kept light.
#[derive(Clone, Debug, PartialEq)]
pub struct Type {
    /// What type it is.
    pub kind: TypeKind,
    /// Where it is written.
    pub span: Span,
}

/// The kinds of type.
#[derive(Clone, Debug, PartialEq)]
pub enum TypeKind {
    /// `u32`, `Vec<T>`, `Pin<Box<dyn Future<Output = ()>>>`, `Self`
    Path(Path),
    /// `&'a mut T`
    Ref {
        /// The lifetime, if written.
        lifetime: Option<Ident>,
        /// `&mut` was written.
        mutable: bool,
        /// The referenced type.
        inner: Box<Type>,
    },
    /// `(A, B)`; `()` is the unit type.
    Tuple(Vec<Type>),
    /// `[T]`
    Slice(Box<Type>),
    /// `[T; N]`
    Array {
        /// Element type.
        elem: Box<Type>,
        /// Length expression.
        len: Box<Expr>,
    },
    /// `impl A + B` (lifetime bounds are dropped).
    ImplTrait(Vec<Path>),
    /// `dyn A + B` (lifetime bounds are dropped).
    DynTrait(Vec<Path>),
    /// `fn(A, B) -> C`
    FnPointer {
        /// Parameter types.
        params: Vec<Type>,
        /// Return type, if written.
        ret: Option<Box<Type>>,
    },
    /// `!`
    Never,
    /// `_`
    Infer,
    /// Source that could not be parsed (a diagnostic was reported).
    Error,
}

/// A supported macro call `name!(..)` with structured arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct MacroCall {
    /// The macro's name without `!` (`println`, `vec`, ...).
    pub name: Ident,
    /// Whether it is written with its path (`futures::join!`), which needs no import.
    pub qualified: bool,
    /// The parsed arguments.
    pub args: MacroArgs,
}

/// Macro arguments, by macro family.
#[derive(Clone, Debug, PartialEq)]
pub enum MacroArgs {
    /// `println!`, `print!`, `eprintln!`, `eprint!`, `format!`, `panic!`, `unreachable!`,
    /// `todo!`: an optional format string with its arguments (`None` for `println!()`).
    Format(Option<FormatArgs>),
    /// `write!(dest, ..)` / `writeln!(dest, ..)`.
    Write {
        /// The destination expression.
        dest: Box<Expr>,
        /// The format, if any.
        format: Option<FormatArgs>,
    },
    /// `assert!(cond, ..)`, `assert_eq!(a, b, ..)`, `assert_ne!(a, b, ..)`, `debug_assert*`.
    Assert {
        /// The condition, or the two compared values.
        operands: Vec<Expr>,
        /// The custom message, if any.
        message: Option<FormatArgs>,
    },
    /// `join!(a, b, c)`, `select!`-free list of expressions.
    List(Vec<Expr>),
    /// `vec![a, b, c]`
    VecList(Vec<Expr>),
    /// `vec![value; count]`
    VecRepeat {
        /// The repeated value.
        value: Box<Expr>,
        /// How many times.
        count: Box<Expr>,
    },
    /// `select! { .. }` / `select_biased! { .. }`: its branches in source order.
    Select(Vec<SelectBranch>),
    /// `matches!(expr, pat if guard)`
    Matches {
        /// The tested value.
        expr: Box<Expr>,
        /// The pattern.
        pat: Pattern,
        /// The guard, if any.
        guard: Option<Box<Expr>>,
    },
}

/// One branch of `select!`: `pat = future => body`, `complete => body` or `default => body`.
#[derive(Clone, Debug, PartialEq)]
pub struct SelectBranch {
    /// What the branch waits for.
    pub kind: SelectKind,
    /// The expression run when the branch is chosen.
    pub body: Expr,
}

/// What a `select!` branch waits for.
#[derive(Clone, Debug, PartialEq)]
pub enum SelectKind {
    /// `pat = future`: the future's output, bound to the pattern.
    Future {
        /// The pattern bound to the output.
        pat: Pattern,
        /// The future.
        future: Box<Expr>,
    },
    /// `complete`: every future has finished.
    Complete,
    /// `default`: no future is ready now.
    Default,
}

/// A format string with its arguments, checked against each other.
#[derive(Clone, Debug, PartialEq)]
pub struct FormatArgs {
    /// The parsed template.
    pub template: FormatString,
    /// The arguments after the template, in order.
    pub args: Vec<FormatArg>,
}

/// One argument after a format string: `expr` or `name = expr`.
#[derive(Clone, Debug, PartialEq)]
pub struct FormatArg {
    /// The name for `name = expr`.
    pub name: Option<Ident>,
    /// The value.
    pub value: Expr,
}

/// A parsed format string.
#[derive(Clone, Debug, PartialEq)]
pub struct FormatString {
    /// Literal text and placeholders in order (`{{` and `}}` already unescaped).
    pub pieces: Vec<FormatPiece>,
    /// The string literal.
    pub span: Span,
}

/// A piece of a format string.
#[derive(Clone, Debug, PartialEq)]
pub enum FormatPiece {
    /// Text printed as is.
    Literal(String),
    /// A `{..}` placeholder.
    Placeholder(Placeholder),
}

/// A `{arg:spec}` placeholder.
#[derive(Clone, Debug, PartialEq)]
pub struct Placeholder {
    /// Which argument it prints.
    pub arg: ArgRef,
    /// How it prints it.
    pub spec: FormatSpec,
    /// The placeholder's bytes inside the source (an approximation when the literal has escapes).
    pub span: Span,
}

/// The argument a placeholder or count refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArgRef {
    /// A positional argument; implicit `{}` are numbered in order by the parser.
    Index(usize),
    /// A named argument (`name = expr`) or, if there is none, a captured variable.
    Name(String),
}

/// A width or precision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Count {
    /// `5`
    Literal(usize),
    /// `name$` or `0$`
    Arg(ArgRef),
}

/// Alignment in a format spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `^`
    Center,
    /// `>`
    Right,
}

/// Which formatting trait a placeholder uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum FormatTrait {
    /// `{}`
    #[default]
    Display,
    /// `{:?}`
    Debug,
    /// `{:x?}`: `Debug` with integers in lower-case hexadecimal.
    LowerHexDebug,
    /// `{:X?}`: `Debug` with integers in upper-case hexadecimal.
    UpperHexDebug,
    /// `{:x}`
    LowerHex,
    /// `{:X}`
    UpperHex,
    /// `{:b}`
    Binary,
    /// `{:o}`
    Octal,
    /// `{:e}`
    LowerExp,
    /// `{:E}`
    UpperExp,
}

/// `[[fill]align][sign]['#']['0'][width]['.' precision][type]`
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character (default space).
    pub fill: Option<char>,
    /// Alignment, if written.
    pub align: Option<Align>,
    /// `+` was written.
    pub plus: bool,
    /// `#` was written (`{:#?}` pretty-prints).
    pub alternate: bool,
    /// `0` flag was written.
    pub zero_pad: bool,
    /// Minimum width.
    pub width: Option<Count>,
    /// Precision.
    pub precision: Option<Count>,
    /// The formatting trait.
    pub format_trait: FormatTrait,
}
