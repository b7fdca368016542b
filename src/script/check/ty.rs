//! The checker's types: what it knows of a value's type, written as rustc writes it in messages.
//! `Unknown` is the give-up type: it unifies with everything, so whatever the checker does not
//! model can never be rejected. This file must never decide what is an error.

use std::fmt;

use crate::script::eval::number::{FloatType, IntType};

/// A type as the checker knows it.
#[derive(Clone, Debug, PartialEq)]
pub enum Ty {
    /// The checker cannot tell: anything goes.
    Unknown,
    /// `!`: the type of `return`, `break`, `panic!()`; it becomes any type.
    Never,
    /// An inference variable (see `infer::Table`).
    Var(u32),
    /// A sized integer type.
    Int(IntType),
    /// `f32` or `f64`.
    Float(FloatType),
    /// `bool`
    Bool,
    /// `char`
    Char,
    /// `str` (behind a reference).
    Str,
    /// `()` and `(A, B, ..)`.
    Tuple(Vec<Ty>),
    /// `&T` or `&mut T`.
    Ref(bool, Box<Ty>),
    /// `[T; N]` when `N` is a literal, `[T]` otherwise.
    Array(Box<Ty>, Option<u64>),
    /// A named type with its arguments: `String`, `Vec<T>`, `Option<T>`, a user struct.
    Adt(String, Vec<Ty>),
    /// A future with its output: an `async fn`'s or block's value, or `impl Future<Output = T>`.
    /// The flag is `true` when it is certainly not `Unpin` (an `async fn`'s or block's
    /// future), `false` when it may be.
    Future(Box<Ty>, bool),
    /// A function or closure value: its parameters and return type.
    Fn(Vec<Ty>, Box<Ty>),
}

impl Ty {
    /// `()`
    pub fn unit() -> Ty {
        Ty::Tuple(Vec::new())
    }

    /// A named type without arguments.
    pub fn named(name: &str) -> Ty {
        Ty::Adt(name.to_string(), Vec::new())
    }

    /// A named type with its arguments.
    pub fn generic(name: &str, args: Vec<Ty>) -> Ty {
        Ty::Adt(name.to_string(), args)
    }

    /// `Option<T>`
    pub fn option(inner: Ty) -> Ty {
        Ty::generic("Option", vec![inner])
    }

    /// Whether this is `()`.
    pub fn is_unit(&self) -> bool {
        matches!(self, Ty::Tuple(items) if items.is_empty())
    }

    /// Whether the type is named `name` (`String`, `Vec`, ...).
    pub fn is_named(&self, name: &str) -> bool {
        matches!(self, Ty::Adt(n, _) if n == name)
    }

    /// The type behind any number of references.
    pub fn peel_refs(&self) -> &Ty {
        let mut ty = self;
        while let Ty::Ref(_, inner) = ty {
            ty = inner;
        }
        ty
    }
}

/// Whether values of a type are copied rather than moved, as far as the checker can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Copyness {
    /// `Copy`: using a value never moves it.
    Copy,
    /// Certainly not `Copy`: using a value by value moves it.
    Move,
    /// The checker cannot tell (a closure, a generic, an unknown type).
    Unsure,
}

/// Named types of std that move.
const MOVE_TYPES: &[&str] = &[
    "String", "Vec", "Box", "Rc", "Arc", "RefCell", "Cell", "HashMap", "HashSet", "BTreeMap",
    "BTreeSet", "VecDeque", "Mutex",
];

/// Named std types that are `Copy` themselves.
const COPY_TYPES: &[&str] = &["Duration", "Instant"];

/// Named std types that are `Copy` when their arguments are.
const COPY_IF_ARGS: &[&str] = &["Option", "Result", "Poll"];

impl Ty {
    /// Whether the type is `Copy`; `copy_structs` names the user types that derive `Copy`, and
    /// `user_types` all user structs and enums (which move unless they derive it).
    pub fn copyness(&self, copy_structs: &[String], user_types: &[String]) -> Copyness {
        let all = |items: &[Ty]| {
            items.iter().fold(Copyness::Copy, |acc, t| {
                match (acc, t.copyness(copy_structs, user_types)) {
                    (Copyness::Move, _) | (_, Copyness::Move) => Copyness::Move,
                    (Copyness::Unsure, _) | (_, Copyness::Unsure) => Copyness::Unsure,
                    _ => Copyness::Copy,
                }
            })
        };
        match self {
            Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char | Ty::Never => Copyness::Copy,
            Ty::Ref(false, _) => Copyness::Copy,
            Ty::Tuple(items) => all(items),
            Ty::Array(elem, Some(_)) => all(std::slice::from_ref(elem)),
            Ty::Future(..) => Copyness::Move,
            Ty::Adt(name, _) if MOVE_TYPES.contains(&name.as_str()) => Copyness::Move,
            Ty::Adt(name, _) if COPY_TYPES.contains(&name.as_str()) => Copyness::Copy,
            Ty::Adt(name, args) if COPY_IF_ARGS.contains(&name.as_str()) => all(args),
            Ty::Adt(name, _) if copy_structs.contains(name) => Copyness::Copy,
            Ty::Adt(name, _) if user_types.contains(name) => Copyness::Move,
            _ => Copyness::Unsure,
        }
    }
}

/// The type a primitive name denotes (`u8`, `f64`, `bool`, `char`, `str`).
pub fn primitive(name: &str) -> Option<Ty> {
    if let Some(int) = IntType::from_name(name) {
        return Some(Ty::Int(int));
    }
    if let Some(float) = FloatType::from_name(name) {
        return Some(Ty::Float(float));
    }
    match name {
        "bool" => Some(Ty::Bool),
        "char" => Some(Ty::Char),
        "str" => Some(Ty::Str),
        _ => None,
    }
}

impl fmt::Display for Ty {
    /// Writes the type as rustc does in its messages; inference variables are written by
    /// `Table::show` once resolved, so here they read as `_`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ty::Unknown | Ty::Var(_) => write!(f, "_"),
            Ty::Never => write!(f, "!"),
            Ty::Int(int) => write!(f, "{}", int.name()),
            Ty::Float(FloatType::F32) => write!(f, "f32"),
            Ty::Float(_) => write!(f, "f64"),
            Ty::Bool => write!(f, "bool"),
            Ty::Char => write!(f, "char"),
            Ty::Str => write!(f, "str"),
            Ty::Tuple(items) if items.len() == 1 => write!(f, "({},)", items[0]),
            Ty::Tuple(items) => write!(f, "({})", list(items)),
            Ty::Ref(true, inner) => write!(f, "&mut {inner}"),
            Ty::Ref(false, inner) => write!(f, "&{inner}"),
            Ty::Array(elem, Some(len)) => write!(f, "[{elem}; {len}]"),
            Ty::Array(elem, None) => write!(f, "[{elem}]"),
            Ty::Adt(name, args) if args.is_empty() => write!(f, "{name}"),
            Ty::Adt(name, args) => write!(f, "{name}<{}>", list(args)),
            Ty::Future(output, _) => write!(f, "impl Future<Output = {output}>"),
            Ty::Fn(params, ret) if ret.is_unit() => write!(f, "fn({})", list(params)),
            Ty::Fn(params, ret) => write!(f, "fn({}) -> {ret}", list(params)),
        }
    }
}

/// Types separated by `, `.
fn list(items: &[Ty]) -> String {
    items
        .iter()
        .map(|t| t.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}
