//! The lowered program the virtual machine runs: functions as flat instruction lists over
//! slot-indexed locals, struct and enum definitions, patterns and format templates. It is plain
//! data built once by the compiler; it must never change while a program runs, but for the
//! queue of `drop` calls waiting to run.

use std::collections::HashMap;
use std::rc::Rc;

use super::collections::MapKind;
use super::drops::{DropHook, DropQueue};
use super::number::{FloatType, IntType};
use super::stream::{FuturesCollection, StreamFn};
use super::sync::StdFn;
use super::value::{Tag, Value};
use crate::script::ast::{BinOp, Span};

/// One instruction of the stack machine.
#[derive(Clone, Debug)]
pub enum Op {
    /// Push a constant of the function.
    Const(u32),
    /// Push an integer of a type of at most 64 bits (see `Value::Int`).
    Int(i64, IntType),
    /// Push `()`.
    Unit,
    /// Push a copy of a local.
    Load(u16),
    /// Pop into a local.
    Store(u16),
    /// Move a local's value into a new shared cell, for locals that closures capture and assign.
    Box(u16),
    /// Push a copy of the value in a local's shared cell.
    LoadCell(u16),
    /// Pop into a local's shared cell.
    StoreCell(u16),
    /// Move the value out of a local's shared cell, leaving `()` (for `drop(x)`).
    TakeCell(u16),
    /// Push a local and leave `()` in its slot (a move out, for `drop(x)`).
    Take(u16),
    /// Push a local, leaving `()` in its slot unless the value is `Copy` (a move out of a
    /// local that owns its value).
    Move(u16),
    /// Push a local as a place, with no copy of a `Copy` struct: the base of a field access, a
    /// method call, an index or a reference (`p.x = 1`, `p.bump()`, `&mut p`), which must reach
    /// the local's own value. The flag says the local lives in a shared cell (see `Box`).
    LoadPlace(u16, bool),
    /// Copy the top value if it is a `Copy` struct (or a `Copy` tuple or enum value holding
    /// one) or, when the flag says it may be an array, if it holds only `Copy` items: a field
    /// or an element read out of a place by value (`let q = p.inner;`, `let row = grid[0];`)
    /// must not share anything with the place. The interpreter cannot tell a `Vec` from an
    /// array, so a field no struct declares as an array is moved whole, not copied.
    CopyValue(bool),
    /// Push an array local by value: a fresh copy when its items are all `Copy` (such an array
    /// is `Copy`, and the copy must not share its items with the local); otherwise as `Move`
    /// when the flag says the local owns its value, or as `Load` when it does not.
    CopyArray(u16, bool),
    /// Empty a local whose value is a struct with `impl Drop` (its own value moved into a
    /// closure that names only its fields: Rust moves such a struct whole).
    MoveIfDrop(u16),
    /// Reset locals `start..end` to `()` when their scope ends, dropping guards and wakers.
    Clear(u16, u16),
    /// Discard the top value.
    Pop,
    /// Duplicate the top value.
    Dup,
    /// Duplicate the top two values.
    Dup2,
    /// Move the top value below the `n` values under it.
    Sink(u8),
    /// A binary operator on the top two values.
    Binary(BinOp),
    /// `local op= value`: pops the value and updates the local in place.
    UpdateLocal(u16, BinOp),
    /// `local op= literal` (an `Int` fused into `UpdateLocal`): the literal and its type.
    UpdateLocalInt(u16, BinOp, i64, IntType),
    /// `local op= other_local` (a `Load` fused into `UpdateLocal`): target, operator, source.
    UpdateLocalFrom(u16, BinOp, u16),
    /// A comparison of the top two values that jumps when it is false.
    CompareJump(BinOp, u32),
    /// `CompareJump` of the top value against an integer of a type (an `Int` fused into it).
    CompareIntJump(BinOp, i64, IntType, u32),
    /// `CompareJump` of a local against an integer (a `Load` fused into `CompareIntJump`).
    CompareLocalJump(u16, BinOp, i64, IntType, u32),
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `*x`
    Deref,
    /// `*place = value`: pops the value, then the reference.
    SetDeref,
    /// Jump to an instruction.
    Jump(u32),
    /// Pop a bool; jump when false.
    JumpIfFalse(u32),
    /// Call program function `f` with `argc` arguments.
    Call(u32, u16),
    /// Call the closure or function value under the `argc` arguments.
    CallValue(u16),
    /// Call a built-in function.
    Native(Native, u16),
    /// Call a method by name (interned) on the receiver under the `argc` arguments.
    Method(u32, u16),
    /// `Trait::method(receiver, ..)` of a program trait: the call (an index into
    /// `Program::trait_calls`) runs the receiver's impl of that trait, or its method of that
    /// name when it has no such impl.
    TraitMethod(u32, u16),
    /// A method that replaces its receiver (`take`, `replace`): pushes the new receiver value,
    /// then the result.
    MethodInPlace(u32, u16),
    /// Replace the struct on top by its field (interned name).
    GetField(u32),
    /// Pop a value and a struct; set the field.
    SetField(u32),
    /// Replace the tuple (or tuple struct) on top by its element.
    TupleIndex(u32),
    /// Pop an index and a collection; push the element.
    Index,
    /// Pop a value, an index and a vector; store the element.
    SetIndex,
    /// Build a tuple from the top `n` values.
    MakeTuple(u32),
    /// Build a vector from the top `n` values.
    MakeVec(u32),
    /// Pop a count and a value; build a vector of copies.
    MakeVecRepeat,
    /// Build a struct from its fields in declaration order.
    MakeStruct(u32, u16),
    /// Build an enum value from its payload.
    MakeVariant(Tag, u16),
    /// Push the value of `thread_local!` key `i` and jump to the second operand; fall through
    /// to its initialiser if it has none yet.
    LoadStatic(u32, u32),
    /// Keep the value on top as `thread_local!` key `i`'s, leaving it on the stack.
    StoreStatic(u32),
    /// Build a closure from closure prototype `i`.
    MakeClosure(u32),
    /// Build the future of `async` block prototype `i`.
    MakeAsync(u32),
    /// Build a range; the flags say whether start/end were pushed, then inclusiveness.
    Range(bool, bool, bool),
    /// Poll the future on top; suspend while it is pending.
    Await,
    /// Return the top value from the function.
    Return,
    /// Apply `?` to the top value: unwrap it or return the failure.
    Try,
    /// `?` on the `Result` on top: unwrap an `Ok`, or replace an `Err` by its error and jump
    /// (to convert it before returning it).
    TrySplit(u32),
    /// `ready!` on the `Poll` on top: unwrap a `Ready`, or keep a `Pending` and jump (to
    /// return it).
    ReadySplit(u32),
    /// Format the top arguments with template `i`, pushing a `String`.
    Format(u32),
    /// Pop a string and print it.
    Print(PrintTarget),
    /// Pop a message and stop the program with it.
    Panic,
    /// Pop a value; push whether pattern `i` matches, binding its names.
    Match(u32),
    /// Match pattern `i` against the top value without popping it.
    Test(u32),
    /// Turn the top value into an iterator; `true` for a loop over `&mut value`, whose items
    /// are references that write into it.
    IterInit(bool),
    /// Push the next item of the iterator in a slot, or jump when it is exhausted.
    IterNext(u16, u32),
    /// Give the number on top its declared type (see `ops::annotate`).
    Annotate(NumType),
    /// Cast the top value with `as`.
    Cast(CastTo),
}

/// Where a print goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintTarget {
    /// `println!`
    Line,
    /// `print!`
    Partial,
    /// `eprintln!`
    ErrLine,
    /// `eprint!`
    ErrPartial,
}

/// The target of an `as` cast.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CastTo {
    /// An integer type.
    Int(IntType),
    /// `f32`/`f64`.
    Float(FloatType),
    /// `char` (from `u8`).
    Char,
}

/// A numeric type a program declares: what a literal and an annotated place take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumType {
    /// An integer type.
    Int(IntType),
    /// A float type.
    Float(FloatType),
}

impl NumType {
    /// The numeric type a type name denotes, if it is one.
    pub fn from_name(name: &str) -> Option<NumType> {
        IntType::from_name(name)
            .map(NumType::Int)
            .or_else(|| FloatType::from_name(name).map(NumType::Float))
    }
}

/// Built-in functions resolved at link time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Native {
    /// A tuple variant used as a function (`.map(Some)`): builds the variant of its arguments.
    MakeVariant(Tag),
    /// A tuple struct used as a function (`.map(Wrapper)`): builds the struct `id`.
    MakeStruct(u32),
    /// `Vec::new()` / `Vec::with_capacity(n)`
    VecNew,
    /// `String::new()`
    StringNew,
    /// `String::from(s)`
    StringFrom,
    /// `Rc::new(v)`
    RcNew,
    /// `Rc::clone(&rc)`
    RcClone,
    /// `Rc::strong_count(&rc)`
    RcStrongCount,
    /// `Rc::ptr_eq(&a, &b)`
    RcPtrEq,
    /// `RefCell::new(v)`, and `Cell::new(v)`, which is the same cell used without guards.
    RefCellNew,
    /// `Box::new`, `Box::pin`, `Pin::new`: identity.
    Identity,
    /// `Duration::from_millis(n)`
    DurationMillis,
    /// `Duration::from_secs(n)`
    DurationSecs,
    /// `std::thread::sleep(d)`
    ThreadSleep,
    /// `block_on(f)`: spawns `f` as task `main` and pushes its join handle.
    BlockOn,
    /// `spawn(name, f)`
    Spawn,
    /// `yield_now()`
    YieldNow,
    /// `sleep(ms)`
    Sleep,
    /// `future::{join, join3, join4, join5}` and `join!` with any number of futures.
    Join,
    /// `try_join!` and `future::{try_join, try_join3, ..}`: a join that ends at the first `Err`.
    TryJoin,
    /// `future::join_all(iter)`
    JoinAll,
    /// `futures::channel::mpsc::channel(buffer)`
    MpscChannel,
    /// `futures::channel::mpsc::unbounded()`
    MpscUnbounded,
    /// `futures::channel::oneshot::channel()`
    OneshotChannel,
    /// `future::try_join_all(iter)`
    TryJoinAll,
    /// `pending!()`: Pending once, without a wake, then `()`.
    PendingOnce,
    /// `poll!(f)`: polls `f` once, giving its `Poll`.
    PollOnce,
    /// `select!` (`biased: false`) or `select_biased!` over the futures of its branches, with
    /// whether it has a `complete` and a `default` branch.
    SelectMacro {
        /// `select_biased!`: the branches are polled in source order, not shuffled.
        biased: bool,
        /// Whether a `complete` branch runs once every future has finished.
        complete: bool,
        /// Whether a `default` branch runs when none is ready: then the futures are polled
        /// once, with a waker that does nothing, and nothing is awaited.
        default: bool,
    },
    /// `future::select(a, b)`
    Select,
    /// `future::ready(v)`
    Ready,
    /// `future::pending()`
    Pending,
    /// `Fuse::terminated()`: a fused future that has already finished.
    FuseTerminated,
    /// `sink::drain()`: a sink that takes every item and drops it.
    SinkDrain,
    /// `future::poll_fn(f)`
    PollFn,
    /// `future::lazy(f)`
    Lazy,
    /// `future::ok(v)`
    ReadyOk,
    /// `future::err(e)`
    ReadyErr,
    /// `future::maybe_done(f)`
    MaybeDone,
    /// `AbortHandle::new_pair()`
    AbortPair,
    /// `Abortable::new(future, registration)`
    AbortableNew,
    /// `future::abortable(future)`
    Abortable,
    /// `future::select_all(futures)`
    SelectAll,
    /// `future::select_ok(futures)`
    SelectOk,
    /// `future::try_select(a, b)`
    TrySelect,
    /// `drop(v)`
    Drop,
    /// `mem::forget(v)`: `v` is never dropped.
    Forget,
    /// `Default::default()` of the type of the value given (what `mem::take` leaves behind).
    DefaultOf,
    /// `mem::replace`, `mem::take` or `mem::swap` through references held in variables.
    Mem(MemOp),
    /// `str::parse` of a number of the given type (from a turbofish or the expected type;
    /// without one, an integer if it reads as one, else a float).
    Parse(Option<NumType>),
    /// `TcpListener::bind(addr)`
    Bind,
    /// `TcpStream::connect(addr)`
    Connect,
    /// `String::from_utf8_lossy(bytes)` / `String::from_utf8(bytes)` (the latter wrapped in `Ok`).
    FromUtf8(bool),
    /// `HashMap::new()`, `BTreeSet::with_capacity(n)`, ...
    MapNew(MapKind),
    /// `HashMap::from(pairs)` and `from_iter`: a map or set of the items.
    MapFrom(MapKind),
    /// `Vec::from(items)`, `VecDeque::from(items)` and `from_iter`: a vector of the items.
    VecFrom,
    /// Pops a default and a map; pushes the map, whose `or_default` then gives that default.
    MapDefault,
    /// `char::from_digit(d, radix)`
    CharFromDigit,
    /// `char::from_u32(n)`
    CharFromU32,
    /// A built-in method named by its type's path and used as a function (`char::is_numeric`,
    /// `str::len`): the method (interned name) called on the first argument.
    MethodFn(u32),
    /// `iter::repeat(value)`
    IterRepeat,
    /// `iter::from_fn(f)`
    IterFromFn,
    /// `iter::successors(first, f)`
    IterSuccessors,
    /// `iter::once(value)` and `iter::empty()`: an iterator over the arguments.
    IterOver,
    /// `iter.collect()` into the type the program asks for.
    Collect(CollectTarget),
    /// A function of the futures crate that makes a stream (`stream::iter`, ...).
    Stream(StreamFn),
    /// std's threads and channels, wakers and `LocalPool` (see `sync.rs`).
    Std(StdFn),
}

/// What `collect()` builds, from the type the program asks of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CollectTarget {
    /// The collection itself.
    Plain(Collection),
    /// `Result<C, E>`: the first `Err` item, or `Ok` of the collection of the `Ok` items.
    Result(Collection),
    /// `Option<C>`: `None` at the first `None` item, or `Some` of the collection.
    Option(Collection),
}

/// A collection `collect()` can build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Collection {
    /// `Vec<T>`, `VecDeque<T>`, `Box<[T]>`.
    Vec,
    /// `String`, from `char`s or strings.
    String,
    /// A map or set.
    Map(MapKind),
    /// A collection of futures: `JoinAll`, `FuturesUnordered` or `FuturesOrdered`.
    Futures(FuturesCollection),
}

/// The `std::mem` functions that write to a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemOp {
    /// `mem::replace(dest, value)`
    Replace,
    /// `mem::take(dest)`
    Take,
    /// `mem::swap(a, b)`
    Swap,
}

/// A compiled function, method, closure body or `async` block body.
#[derive(Debug, Default)]
pub struct Proto {
    /// The name shown in errors (`fn fib`, `closure`, `async block`).
    pub name: String,
    /// Whether calling it makes a future instead of running it.
    pub is_async: bool,
    /// How many leading slots the arguments fill.
    pub arity: u16,
    /// Total local slots.
    pub slots: u16,
    /// The slots of a closure's or `async` block's captured values, in the order its body
    /// first names them: rustc drops them after the locals, in that order.
    pub captured: Vec<u16>,
    /// The instructions.
    pub code: Vec<Op>,
    /// The source span of each instruction, for runtime errors.
    pub spans: Vec<Span>,
    /// Constants used by `Op::Const`.
    pub consts: Vec<Value>,
}

/// A closure or `async` block: its body and which enclosing slots it captures.
#[derive(Debug)]
pub struct ClosureProto {
    /// The body.
    pub body: Rc<Proto>,
    /// Captures: (enclosing slot, slot in the body) pairs, copied when the closure is made.
    pub capture_slots: Vec<(u16, u16)>,
    /// The captures (indices into `capture_slots`) that are shared cells a `move` closure
    /// copies into cells of its own when it is made.
    pub copy_cells: Vec<usize>,
    /// The other captures of a `move` closure but references: it gets copies of the `Copy`
    /// structs among them, so that its writes stay its own.
    pub copies: Vec<usize>,
}

/// How a struct's fields are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// `S { a, b }`
    Named,
    /// `S(a, b)`
    Tuple,
    /// `S`
    Unit,
}

/// A struct of the program.
#[derive(Debug)]
pub struct StructDef {
    /// Its name.
    pub name: String,
    /// Field names in declaration order (numbers for tuple structs).
    pub fields: Vec<String>,
    /// How it is written.
    pub shape: Shape,
    /// `#[derive(Copy)]`: assignment copies it.
    pub is_copy: bool,
    /// `#[derive(Debug)]`.
    pub has_debug: bool,
    /// Methods by interned name.
    pub methods: HashMap<u32, u32>,
    /// The `poll` method when it implements `Future`.
    pub poll: Option<u32>,
    /// Its trait impls (see [`Program::trait_method`]).
    pub impls: TraitImpls,
    /// Its `impl Drop`, if it has one.
    pub drop: Option<DropHook>,
}

/// A program enum: variants with their field names.
#[derive(Debug)]
pub struct EnumDef {
    /// Its name.
    pub name: String,
    /// Variant names, payload field names and shapes.
    pub variants: Vec<(String, Vec<String>, Shape)>,
    /// `#[derive(Debug)]`.
    pub has_debug: bool,
    /// `#[derive(Copy)]`.
    pub is_copy: bool,
    /// The `#[default]` variant of a `#[derive(Default)]`, which `mem::take` leaves behind.
    pub derived_default: Option<u32>,
    /// Methods by interned name.
    pub methods: HashMap<u32, u32>,
    /// Its trait impls (see [`Program::trait_method`]).
    pub impls: TraitImpls,
}

/// The trait impls of one type: trait name (its last path segment) to method name to the
/// function implementing it, default methods included.
pub type TraitImpls = HashMap<String, HashMap<String, u32>>;

/// The methods the program gives a type that is not one of its own structs or enums
/// (`impl Shape for f64`, `impl<T: Display> Describe for T`).
#[derive(Debug, Default)]
pub struct ForeignMethods {
    /// Methods by interned name.
    pub methods: HashMap<u32, u32>,
    /// Its trait impls.
    pub impls: TraitImpls,
}

/// A lowered pattern whose bindings are slots.
#[derive(Clone, Debug)]
pub enum Pat {
    /// `_`
    Wild,
    /// A binding, with an optional `@` sub-pattern.
    Bind(u16, Option<Box<Pat>>),
    /// A literal or constant.
    Lit(Value),
    /// A range of integers or chars.
    Range(Option<Value>, Option<Value>, bool),
    /// A tuple, with the position of `..` if written. `()` is the empty tuple.
    Tuple(Vec<Pat>, Option<usize>),
    /// A slice or array, with the position of `..` if written; the pattern there binds the
    /// elements `..` stands for (`rest @ ..`) or is `Wild`.
    Slice(Vec<Pat>, Option<usize>),
    /// An enum variant with payload patterns.
    Variant(Tag, Vec<Pat>),
    /// A struct: field index and pattern pairs.
    Struct(Rc<StructDef>, Vec<(usize, Pat)>),
    /// Alternatives.
    Or(Vec<Pat>),
}

/// A compiled format template.
#[derive(Clone, Debug)]
pub struct Template {
    /// Literal text and argument placeholders.
    pub pieces: Vec<Piece>,
    /// How many values the template pops.
    pub args: usize,
}

/// A piece of a [`Template`].
#[derive(Clone, Debug)]
pub enum Piece {
    /// Text printed as is.
    Text(String),
    /// An argument with its spec (width/precision may name other arguments).
    Arg(usize, Spec),
}

/// A format spec with counts resolved to literals or argument indexes.
#[derive(Clone, Debug, Default)]
pub struct Spec {
    /// Fill character.
    pub fill: char,
    /// Alignment, if written.
    pub align: Option<crate::script::ast::Align>,
    /// `+`
    pub plus: bool,
    /// `#`
    pub alternate: bool,
    /// `0`
    pub zero: bool,
    /// Width.
    pub width: Option<Count>,
    /// Precision.
    pub precision: Option<Count>,
    /// Which trait formats the value.
    pub kind: crate::script::ast::FormatTrait,
}

/// A width or precision: a literal or an argument index.
#[derive(Clone, Copy, Debug)]
pub enum Count {
    /// A number written in the template.
    Literal(usize),
    /// The value of argument `i`.
    Arg(usize),
}

/// A whole lowered program.
#[derive(Debug, Default)]
pub struct Program {
    /// Named functions and methods.
    pub funcs: Vec<Rc<Proto>>,
    /// Closures and `async` blocks.
    pub closures: Vec<Rc<ClosureProto>>,
    /// Structs.
    pub structs: Vec<Rc<StructDef>>,
    /// Enums.
    pub enums: Vec<Rc<EnumDef>>,
    /// Interned method and field names.
    pub names: Vec<String>,
    /// Patterns.
    pub patterns: Vec<Pat>,
    /// Format templates.
    pub templates: Vec<Template>,
    /// The trait and the method (interned) of each `Trait::method(receiver, ..)` call.
    pub trait_calls: Vec<(String, u32)>,
    /// The index of `fn main`.
    pub main: u32,
    /// Methods of std types, by the type's name as [`type_key`] gives it.
    pub foreign: HashMap<String, ForeignMethods>,
    /// Methods of blanket impls (`impl<T> Trait for T`), which every value has.
    pub blanket: ForeignMethods,
    /// The objects whose `drop` method waits to run (the one piece that changes as it runs).
    pub drops: Rc<DropQueue>,
}

impl Program {
    /// The function implementing `method` of trait `trait_name` for `value`, if the program
    /// implements that trait for the value's type. This is how the interpreter finds the
    /// impls it calls itself: `Display`/`Debug` for formatting, `PartialEq`/`PartialOrd` for
    /// operators, `Iterator` for `for`, `Drop` when a value goes away, `Future` for `.await`.
    /// A reference-counted or borrowed value is looked through by the caller, not here.
    pub fn trait_method(&self, value: &Value, trait_name: &str, method: &str) -> Option<u32> {
        let impls = match value {
            Value::Struct(obj) => &obj.def.impls,
            Value::Variant(v) => match v.tag {
                Tag::User(e, _) => &self.enums.get(e as usize)?.impls,
                _ => &self.foreign.get(type_key(value)?)?.impls,
            },
            other => &self.foreign.get(type_key(other)?)?.impls,
        };
        let found = impls.get(trait_name).and_then(|m| m.get(method));
        found
            .or_else(|| self.blanket.impls.get(trait_name)?.get(method))
            .copied()
    }

    /// The program's method `name` (interned) of a value that is not a program struct or
    /// enum: from an impl for its std type, or from a blanket impl.
    pub fn foreign_method(&self, value: &Value, name: u32) -> Option<u32> {
        let own = type_key(value).and_then(|key| self.foreign.get(key)?.methods.get(&name));
        own.or_else(|| self.blanket.methods.get(&name)).copied()
    }
}

/// The name of a value's std type as an `impl` for it names it (`i32`, `String`, `str`,
/// `Vec`); an unsuffixed integer counts as `i32` and an unsuffixed float as `f64`, as rustc's
/// fallback makes them.
pub fn type_key(value: &Value) -> Option<&'static str> {
    Some(match value {
        Value::Int(_, IntType::Infer) => "i32",
        Value::Int(_, ty) => ty.name(),
        Value::Wide(int) => int.ty.name(),
        Value::Float(_, FloatType::F32) => "f32",
        Value::Float(..) => "f64",
        Value::Bool(_) => "bool",
        Value::Char(_) => "char",
        Value::Str(_) => "str",
        Value::String(_) => "String",
        Value::Vec(_) => "Vec",
        Value::Unit => "()",
        Value::Variant(v) => match v.tag {
            Tag::Some | Tag::None => "Option",
            Tag::Ok | Tag::Err => "Result",
            _ => return None,
        },
        _ => return None,
    })
}
