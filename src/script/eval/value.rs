//! Runtime values of the interpreter: scalars, shared heap values, futures and the bridges to
//! real wakers. It must never panic on any value a program can build, nor hide aliasing that
//! Rust's move semantics would not show.

use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;
use std::task::Waker;

use super::channel::{ChannelEnd, ChannelError};
use super::collections::{clone_map, maps_equal, EntryObj, MapObj};
use super::crate_future::AbortValue;
use super::future::FutureObj;
use super::iter::Lazy;
use super::number::{FloatType, Int, IntType, ParseError};
use super::program::{ClosureProto, EnumDef, Native, StructDef};
use super::stream::StreamObj;
use super::sync::SyncObj;
use super::teardown::{can_nest, release};
use crate::net::{TcpListener, TcpStream};
use crate::script::stack::{StackGuard, TooDeep};

/// One value of the interpreted program. Compound values are shared handles: Rust moves them,
/// so sharing is invisible, and `clone()` in the program makes a deep copy (see [`deep_clone`]).
#[derive(Clone)]
pub enum Value {
    /// `()`
    Unit,
    /// `bool`
    Bool(bool),
    /// An integer of a type of at most 64 bits: its value (for `u64` and `usize`, its bits)
    /// and its type. Read it as an [`Int`] with [`Value::as_int`].
    Int(i64, IntType),
    /// An `i128` or `u128` (boxed, so that every other value stays small).
    Wide(Rc<Int>),
    /// `f32`, `f64` or an unsuffixed float literal; an `f32` holds only `f32` precision.
    Float(f64, FloatType),
    /// `char`
    Char(char),
    /// A string slice, such as a literal.
    Str(Rc<str>),
    /// An owned, growable `String`.
    String(Rc<RefCell<String>>),
    /// `Vec<T>` (and arrays).
    Vec(Rc<RefCell<Vec<Value>>>),
    /// A tuple (immutable once built).
    Tuple(Rc<[Value]>),
    /// An instance of a program struct.
    Struct(Rc<StructObj>),
    /// An enum value: `Option`, `Result`, `Poll`, `Either` or a program enum.
    Variant(Rc<VariantObj>),
    /// A named function of the program (by index) used as a value.
    Func(u32),
    /// A closure with its captured values.
    Closure(Rc<ClosureObj>),
    /// A built-in function used as a value (`or_insert_with(Vec::new)`).
    NativeFn(Native),
    /// A future: `async` bodies, combinators and playground futures.
    Future(Rc<RefCell<FutureObj>>),
    /// A real `Waker` of the playground executor.
    Waker(Waker),
    /// A `&mut Context<'_>`, represented by its waker.
    Context(Waker),
    /// `Rc<T>`
    Rc(Rc<Value>),
    /// `RefCell<T>` with dynamic borrow tracking.
    RefCell(Rc<CellObj>),
    /// A live `Ref`/`RefMut` from a `RefCell`.
    Guard(Rc<Guard>),
    /// `Duration`, in milliseconds.
    Duration(u64),
    /// An integer range `start..end` (end exclusive) and the type of its items.
    Range(i64, i64, IntType),
    /// A lazy iterator being consumed.
    Iter(Rc<RefCell<Lazy>>),
    /// The error of a failed `str::parse` of a number.
    ParseError(ParseError),
    /// A `HashMap`, `HashSet`, `BTreeMap` or `BTreeSet`.
    Map(Rc<MapObj>),
    /// An `Entry` of a map, from `map.entry(key)`.
    Entry(Rc<EntryObj>),
    /// A loopback listener.
    Listener(Rc<TcpListener>),
    /// A loopback stream.
    Stream(Rc<TcpStream>),
    /// One end of a futures channel (`mpsc`, `oneshot`).
    Channel(Rc<RefCell<ChannelEnd>>),
    /// A stream of the futures crate's: a source, a combinator, `FuturesUnordered`, ...
    AsyncStream(Rc<RefCell<StreamObj>>),
    /// An error value of futures' channels.
    ChannelError(ChannelError),
    /// futures' `AbortHandle`, `AbortRegistration` or `Aborted`.
    Abort(Rc<AbortValue>),
    /// std's threads and channels, and futures' `LocalPool` (see `sync.rs`).
    Sync(Rc<SyncObj>),
}

/// A struct instance: its definition and its fields in declaration order.
pub struct StructObj {
    /// The struct's definition.
    pub def: Rc<StructDef>,
    /// Field values, mutable through `&mut self` or assignment.
    pub fields: RefCell<Vec<Value>>,
    /// Whether its type's `drop` method is still to run when its last handle goes.
    pub needs_drop: bool,
}

impl StructObj {
    /// A new instance of `def` with `fields`.
    pub fn value(def: Rc<StructDef>, fields: Vec<Value>) -> Value {
        Value::Struct(Rc::new(StructObj {
            needs_drop: def.drop.is_some(),
            def,
            fields: RefCell::new(fields),
        }))
    }
}

/// Which enum variant a [`VariantObj`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    /// `None`
    None,
    /// `Some(v)`
    Some,
    /// `Ok(v)`
    Ok,
    /// `Err(e)`
    Err,
    /// `Poll::Ready(v)`
    Ready,
    /// `Poll::Pending`
    Pending,
    /// `Either::Left(v)`
    Left,
    /// `Either::Right(v)`
    Right,
    /// `PollNext::Left`: `select_with_strategy` polls the left stream first.
    NextLeft,
    /// `PollNext::Right`
    NextRight,
    /// `Ordering::Less`
    Less,
    /// `Ordering::Equal`
    Equal,
    /// `Ordering::Greater`
    Greater,
    /// A variant of a program enum: enum index and variant index.
    User(u32, u32),
}

/// An enum value: its variant and payload.
pub struct VariantObj {
    /// The variant.
    pub tag: Tag,
    /// Tuple payload (named payloads are stored in declaration order too).
    pub fields: Vec<Value>,
    /// The definition of a program enum's variant, for `Debug`.
    pub def: Option<Rc<EnumDef>>,
}

/// A closure: the compiled body and the values it captured when it was created.
pub struct ClosureObj {
    /// The compiled body.
    pub proto: Rc<ClosureProto>,
    /// Captured values, copied into the first slots of each call.
    pub captures: Vec<Value>,
}

/// The contents of a `RefCell` and its borrow state (`> 0` shared borrows, `-1` mutable).
pub struct CellObj {
    /// The value inside.
    pub value: RefCell<Value>,
    /// The live borrows.
    pub borrows: Cell<isize>,
}

/// A reference into a place that the program reads and writes through: a `Ref` or `RefMut`
/// (which releases its borrow when the program drops its last copy), a map's value, or a
/// vector's element handed out by `iter_mut` or `get_mut`.
pub struct Guard {
    /// Where it refers.
    pub place: Place,
    /// Whether it is a `RefMut` (or another `&mut`).
    pub mutable: bool,
}

/// Where a [`Guard`] refers.
pub enum Place {
    /// The value of a `RefCell` or a map's slot.
    Cell(Rc<CellObj>),
    /// The element at an index of a vector. The program cannot shrink a vector while it holds
    /// one (rustc's borrow rules), so the index stays in bounds; if not, reads give `()` and
    /// writes go nowhere rather than panic.
    Element(Rc<RefCell<Vec<Value>>>, usize),
    /// The value a futures `Mutex` guards, while this guard holds its lock.
    Locked(RefCell<futures::lock::OwnedMutexGuard<Value>>),
}

impl Guard {
    /// A mutable reference to element `index` of `items`.
    pub fn element(items: &Rc<RefCell<Vec<Value>>>, index: usize) -> Value {
        Value::Guard(Rc::new(Guard {
            place: Place::Element(Rc::clone(items), index),
            mutable: true,
        }))
    }

    /// The value it refers to.
    pub fn get(&self) -> Value {
        match &self.place {
            Place::Cell(cell) => cell.value.borrow().clone(),
            Place::Element(items, index) => items.borrow().get(*index).cloned().unwrap_or_default(),
            Place::Locked(held) => (**held.borrow()).clone(),
        }
    }

    /// Writes `value` where it refers, giving back what was there.
    pub fn replace(&self, value: Value) -> Value {
        match &self.place {
            Place::Cell(cell) => std::mem::replace(&mut *cell.value.borrow_mut(), value),
            Place::Element(items, index) => match items.borrow_mut().get_mut(*index) {
                Some(slot) => std::mem::replace(slot, value),
                None => Value::Unit,
            },
            Place::Locked(held) => std::mem::replace(&mut **held.borrow_mut(), value),
        }
    }
}

// Dropping a deep value level by level, not by recursion (see `teardown`).
// A struct whose type implements `Drop` goes to the program's queue instead, whole, for the
// virtual machine to call its `drop` (see `drops`).
impl Drop for StructObj {
    fn drop(&mut self) {
        let fields = std::mem::take(self.fields.get_mut());
        let queue = self.def.drop.as_ref().and_then(|hook| hook.queue.upgrade());
        match queue {
            Some(queue) if self.needs_drop => queue.push(Value::Struct(Rc::new(StructObj {
                def: Rc::clone(&self.def),
                fields: RefCell::new(fields),
                needs_drop: false,
            }))),
            _ => release(fields),
        }
    }
}

impl Drop for VariantObj {
    fn drop(&mut self) {
        release(std::mem::take(&mut self.fields));
    }
}

impl Drop for ClosureObj {
    fn drop(&mut self) {
        release(std::mem::take(&mut self.captures));
    }
}

impl Drop for CellObj {
    fn drop(&mut self) {
        let value = std::mem::take(self.value.get_mut());
        if can_nest(&value) {
            release(vec![value]);
        }
    }
}

impl Default for Value {
    /// `()`, what a moved-out place holds.
    fn default() -> Value {
        Value::Unit
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        if let Place::Cell(cell) = &self.place {
            let borrows = cell.borrows.get();
            cell.borrows.set(if self.mutable { 0 } else { borrows - 1 });
        }
    }
}

impl Value {
    /// An integer value.
    pub fn int(int: Int) -> Value {
        match int.ty {
            IntType::I128 | IntType::U128 => Value::Wide(Rc::new(int)),
            ty => Value::Int(int.value as i64, ty),
        }
    }

    /// A `usize`: a length, count or index.
    pub fn usize(n: usize) -> Value {
        Value::Int(n as i64, IntType::Usize)
    }

    /// The integer in an integer value (not looking behind `Rc`s or guards).
    pub fn as_int(&self) -> Option<Int> {
        match self {
            Value::Int(value, ty) => Some(compact_int(*value, *ty)),
            Value::Wide(int) => Some(**int),
            _ => None,
        }
    }

    /// A string value from owned text.
    pub fn string(text: String) -> Value {
        Value::String(Rc::new(RefCell::new(text)))
    }

    /// A vector value.
    pub fn vec(items: Vec<Value>) -> Value {
        Value::Vec(Rc::new(RefCell::new(items)))
    }

    /// An enum value with payload.
    pub fn variant(tag: Tag, fields: Vec<Value>) -> Value {
        Value::Variant(Rc::new(VariantObj {
            tag,
            fields,
            def: None,
        }))
    }

    /// `Some(v)` or `None`.
    pub fn option(value: Option<Value>) -> Value {
        match value {
            Some(v) => Value::variant(Tag::Some, vec![v]),
            None => Value::variant(Tag::None, Vec::new()),
        }
    }

    /// A `RefCell` holding `value`.
    pub fn ref_cell(value: Value) -> Value {
        Value::RefCell(Rc::new(CellObj {
            value: RefCell::new(value),
            borrows: Cell::new(0),
        }))
    }

    /// The value behind `Rc`s and `RefCell` guards, as method calls and operators see it.
    pub fn deref(&self) -> Value {
        // A loop, not recursion: `Rc`s can wrap each other as deep as a program likes.
        let mut value = self.clone();
        loop {
            value = match &value {
                Value::Rc(inner) => Value::clone(inner),
                Value::Guard(guard) => guard.get(),
                _ => return value,
            };
        }
    }

    /// The text of a `String` or `&str`, if it is one.
    pub fn as_text(&self) -> Option<String> {
        match self {
            Value::Str(s) => Some(s.to_string()),
            Value::String(s) => Some(s.borrow().clone()),
            Value::Rc(_) | Value::Guard(_) => self.deref().as_text(),
            _ => None,
        }
    }

    /// `read` of the text of a `String` or `&str` without copying it, if it is one. `read`
    /// must not run program code: a `String` stays borrowed while it reads.
    pub fn with_text<R>(&self, read: impl FnOnce(&str) -> R) -> Option<R> {
        match self {
            Value::Str(s) => Some(read(s)),
            Value::String(s) => Some(read(&s.borrow())),
            Value::Rc(_) | Value::Guard(_) => self.deref().with_text(read),
            _ => None,
        }
    }

    /// The enum tag and payload, if it is an enum value.
    pub fn as_variant(&self) -> Option<Rc<VariantObj>> {
        match self.deref() {
            Value::Variant(v) => Some(v),
            _ => None,
        }
    }

    /// A short name of the value's type, for error messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Unit => "()",
            Value::Bool(_) => "bool",
            Value::Int(_, ty) => ty.name(),
            Value::Wide(int) => int.ty.name(),
            Value::Float(_, FloatType::F32) => "f32",
            Value::Float(..) => "f64",
            Value::Char(_) => "char",
            Value::Str(_) => "&str",
            Value::String(_) => "String",
            Value::Vec(_) => "Vec",
            Value::Tuple(_) => "tuple",
            Value::Struct(_) => "struct",
            Value::Variant(_) => "enum",
            Value::Func(_) | Value::Closure(_) | Value::NativeFn(_) => "function",
            Value::Future(_) => "future",
            Value::Waker(_) => "Waker",
            Value::Context(_) => "Context",
            Value::Rc(_) => "Rc",
            Value::RefCell(_) => "RefCell",
            Value::Guard(_) => "RefMut",
            Value::Duration(_) => "Duration",
            Value::Range(..) => "Range",
            Value::Iter(_) => "iterator",
            Value::ParseError(error) => error.type_name(),
            Value::Map(map) => map.kind.name(),
            Value::Entry(_) => "Entry",
            Value::Listener(_) => "TcpListener",
            Value::Stream(_) => "TcpStream",
            Value::Channel(_) => "channel end",
            Value::AsyncStream(_) => "stream",
            Value::ChannelError(error) => error.type_name(),
            Value::Abort(value) => value.type_name(),
            Value::Sync(obj) => obj.type_name(),
        }
    }
}

/// The [`Int`] a compact `Value::Int` holds: `u64` and `usize` keep their bits in the `i64`.
#[inline]
pub fn compact_int(value: i64, ty: IntType) -> Int {
    match ty {
        IntType::U64 | IntType::Usize => Int::new(i128::from(value as u64), ty),
        _ => Int::new(i128::from(value), ty),
    }
}

/// What `clone()` does in the program: copies owned data all the way down, but shares what Rust
/// shares (`Rc`, futures, wakers, functions).
pub fn deep_clone(value: &Value) -> Result<Value, TooDeep> {
    let _guard = StackGuard::enter()?;
    Ok(match value {
        Value::String(s) => Value::string(s.borrow().clone()),
        Value::Vec(items) => Value::vec(clone_all(&items.borrow())?),
        Value::Tuple(items) => Value::Tuple(clone_all(items)?.into()),
        Value::Struct(obj) => copy_struct(obj)?,
        Value::Variant(v) => Value::Variant(Rc::new(VariantObj {
            tag: v.tag,
            fields: clone_all(&v.fields)?,
            def: v.def.clone(),
        })),
        Value::RefCell(cell) => Value::ref_cell(deep_clone(&cell.value.borrow())?),
        Value::Guard(_) => deep_clone(&value.deref())?,
        Value::Map(map) => clone_map(map)?,
        Value::Sync(obj) => super::sync::clone_obj(obj),
        other => other.clone(),
    })
}

fn clone_all(items: &[Value]) -> Result<Vec<Value>, TooDeep> {
    items.iter().map(deep_clone).collect()
}

/// A field-by-field copy of a struct (for `clone()` and for `Copy` structs).
pub fn copy_struct(obj: &StructObj) -> Result<Value, TooDeep> {
    let fields = clone_all(&obj.fields.borrow())?;
    Ok(StructObj::value(Rc::clone(&obj.def), fields))
}

/// Structural equality as `#[derive(PartialEq)]` and std define it.
pub fn values_equal(a: &Value, b: &Value) -> Result<bool, TooDeep> {
    let _guard = StackGuard::enter()?;
    Ok(match (a, b) {
        (Value::Unit, Value::Unit) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(..) | Value::Wide(_), Value::Int(..) | Value::Wide(_)) => {
            compare(a, b)? == Some(std::cmp::Ordering::Equal)
        }
        (Value::Float(x, _), Value::Float(y, _)) => x == y,
        (Value::Char(x), Value::Char(y)) => x == y,
        (Value::Duration(x), Value::Duration(y)) => x == y,
        (Value::ParseError(x), Value::ParseError(y)) => x == y,
        (Value::ChannelError(x), Value::ChannelError(y)) => x == y,
        (Value::Abort(x), Value::Abort(y)) => x.equals(y),
        (Value::Vec(x), Value::Vec(y)) => slices_equal(&x.borrow(), &y.borrow())?,
        (Value::Tuple(x), Value::Tuple(y)) => slices_equal(x, y)?,
        (Value::Struct(x), Value::Struct(y)) => {
            Rc::ptr_eq(&x.def, &y.def) && slices_equal(&x.fields.borrow(), &y.fields.borrow())?
        }
        (Value::Variant(x), Value::Variant(y)) => {
            x.tag == y.tag && slices_equal(&x.fields, &y.fields)?
        }
        (Value::Rc(_) | Value::Guard(_), _) | (_, Value::Rc(_) | Value::Guard(_)) => {
            values_equal(&a.deref(), &b.deref())?
        }
        (Value::RefCell(x), Value::RefCell(y)) => {
            values_equal(&x.value.borrow(), &y.value.borrow())?
        }
        (Value::Map(x), Value::Map(y)) => x.kind == y.kind && maps_equal(x, y)?,
        _ => match (a.as_text(), b.as_text()) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
    })
}

fn slices_equal(a: &[Value], b: &[Value]) -> Result<bool, TooDeep> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (x, y) in a.iter().zip(b) {
        if !values_equal(x, y)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Ordering as `#[derive(PartialOrd)]` and std define it, `None` when not comparable.
pub fn compare(a: &Value, b: &Value) -> Result<Option<std::cmp::Ordering>, TooDeep> {
    let _guard = StackGuard::enter()?;
    Ok(match (a, b) {
        (Value::Int(..) | Value::Wide(_), Value::Int(..) | Value::Wide(_)) => {
            a.as_int().zip(b.as_int()).map(|(x, y)| x.cmp_value(y))
        }
        (Value::Float(x, _), Value::Float(y, _)) => x.partial_cmp(y),
        (Value::Bool(x), Value::Bool(y)) => Some(x.cmp(y)),
        (Value::Char(x), Value::Char(y)) => Some(x.cmp(y)),
        (Value::Duration(x), Value::Duration(y)) => Some(x.cmp(y)),
        (Value::Vec(x), Value::Vec(y)) => compare_slices(&x.borrow(), &y.borrow())?,
        (Value::Tuple(x), Value::Tuple(y)) => compare_slices(x, y)?,
        (Value::Rc(_) | Value::Guard(_), _) | (_, Value::Rc(_) | Value::Guard(_)) => {
            compare(&a.deref(), &b.deref())?
        }
        _ => match (a.as_text(), b.as_text()) {
            (Some(x), Some(y)) => Some(x.cmp(&y)),
            _ => None,
        },
    })
}

fn compare_slices(a: &[Value], b: &[Value]) -> Result<Option<std::cmp::Ordering>, TooDeep> {
    for (x, y) in a.iter().zip(b) {
        match compare(x, y)? {
            Some(std::cmp::Ordering::Equal) => {}
            other => return Ok(other),
        }
    }
    Ok(Some(a.len().cmp(&b.len())))
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&super::format::debug_string(self))
    }
}
