//! What the checker knows of std, futures and the playground prelude: the result types of the
//! free functions and methods learners call most, how methods take their receiver, and which
//! types are certainly not futures. Anything missing here is `Unknown`, never an error; an
//! entry must say exactly what rustc's signature says.

use super::infer::{Table, VarKind};
use super::items::Receiver;
use super::scope;
use super::ty::Ty;
use crate::script::eval::number::IntType;

/// What a known method call gives.
pub struct MethodSig {
    /// How it takes its receiver.
    pub receiver: Receiver,
    /// The types its arguments must have, when the checker knows them all.
    pub params: Option<Vec<Ty>>,
    /// The call's type.
    pub ret: Ty,
}

fn sig(receiver: Receiver, params: Option<Vec<Ty>>, ret: Ty) -> Option<MethodSig> {
    Some(MethodSig {
        receiver,
        params,
        ret,
    })
}

/// The method `name` of a value of type `recv` (references already peeled), if known.
pub fn method(recv: &Ty, name: &str) -> Option<MethodSig> {
    use Receiver::{Ref, RefMut};
    let usize = Ty::Int(IntType::Usize);
    match (recv, name) {
        (_, "to_string") => sig(Ref, Some(vec![]), Ty::named("String")),
        (_, "len") if n_is(recv, &["String", "Vec", "VecDeque"]) || *recv == Ty::Str => {
            sig(Ref, Some(vec![]), usize)
        }
        (_, "is_empty") if n_is(recv, &["String", "Vec"]) || *recv == Ty::Str => {
            sig(Ref, Some(vec![]), Ty::Bool)
        }
        (Ty::Str, "to_owned" | "to_uppercase" | "to_lowercase")
        | (Ty::Adt(..), "to_uppercase" | "to_lowercase") => {
            sig(Ref, Some(vec![]), Ty::named("String"))
        }
        (Ty::Adt(n, _), "push_str") if n == "String" => sig(
            RefMut,
            Some(vec![Ty::Ref(false, Box::new(Ty::Str))]),
            Ty::unit(),
        ),
        (Ty::Adt(n, _), "as_str") if n == "String" => {
            sig(Ref, Some(vec![]), Ty::Ref(false, Box::new(Ty::Str)))
        }
        (Ty::Adt(n, _), "push") if n == "String" => sig(RefMut, Some(vec![Ty::Char]), Ty::unit()),
        (Ty::Adt(n, _), "spawner") if n == scope::LOCAL_POOL => {
            sig(Ref, Some(vec![]), Ty::named(scope::LOCAL_SPAWNER))
        }
        (Ty::Adt(n, args), _) if n == "Vec" => vec_method(args.first(), name),
        (Ty::Adt(n, args), _) if n == "Option" => option_method(args.first(), name),
        (Ty::Adt(n, args), _) if n == "Result" => result_method(args, name),
        (Ty::Int(_), _) => int_method(recv, name),
        _ => None,
    }
}

/// Whether `ty` is one of the named types.
fn n_is(ty: &Ty, names: &[&str]) -> bool {
    names.iter().any(|n| ty.is_named(n))
}

fn vec_method(elem: Option<&Ty>, name: &str) -> Option<MethodSig> {
    use Receiver::{Ref, RefMut};
    let elem = elem.cloned().unwrap_or(Ty::Unknown);
    let usize = Ty::Int(IntType::Usize);
    match name {
        "push" => sig(RefMut, Some(vec![elem]), Ty::unit()),
        "pop" => sig(RefMut, Some(vec![]), Ty::option(elem)),
        "insert" => sig(RefMut, Some(vec![usize, elem]), Ty::unit()),
        "remove" => sig(RefMut, Some(vec![usize]), elem),
        "clear" | "reverse" | "sort" | "sort_unstable" | "dedup" => {
            sig(RefMut, Some(vec![]), Ty::unit())
        }
        "truncate" => sig(RefMut, Some(vec![usize]), Ty::unit()),
        "iter_mut" | "first_mut" | "last_mut" | "get_mut" | "drain" => {
            sig(RefMut, None, Ty::Unknown)
        }
        "extend" | "retain" | "sort_by" | "sort_by_key" | "append" => sig(RefMut, None, Ty::unit()),
        "contains" => sig(Ref, None, Ty::Bool),
        "first" | "last" => sig(
            Ref,
            Some(vec![]),
            Ty::option(Ty::Ref(false, Box::new(elem))),
        ),
        _ => None,
    }
}

fn option_method(inner: Option<&Ty>, name: &str) -> Option<MethodSig> {
    use Receiver::{Ref, RefMut, Value};
    let inner = inner.cloned().unwrap_or(Ty::Unknown);
    match name {
        "is_some" | "is_none" => sig(Ref, Some(vec![]), Ty::Bool),
        "unwrap" => sig(Value, Some(vec![]), inner),
        "expect" => sig(Value, None, inner),
        "unwrap_or" => sig(Value, Some(vec![inner.clone()]), inner),
        "take" => sig(RefMut, Some(vec![]), Ty::option(inner)),
        _ => None,
    }
}

fn result_method(args: &[Ty], name: &str) -> Option<MethodSig> {
    use Receiver::{Ref, Value};
    let ok = args.first().cloned().unwrap_or(Ty::Unknown);
    let err = args.get(1).cloned().unwrap_or(Ty::Unknown);
    match name {
        "is_ok" | "is_err" => sig(Ref, Some(vec![]), Ty::Bool),
        "unwrap" => sig(Value, Some(vec![]), ok),
        "expect" => sig(Value, None, ok),
        "unwrap_err" => sig(Value, Some(vec![]), err),
        "unwrap_or" => sig(Value, Some(vec![ok.clone()]), ok),
        "ok" => sig(Value, Some(vec![]), Ty::option(ok)),
        "err" => sig(Value, Some(vec![]), Ty::option(err)),
        _ => None,
    }
}

fn int_method(recv: &Ty, name: &str) -> Option<MethodSig> {
    use Receiver::Value;
    let same = recv.clone();
    match name {
        "abs" | "wrapping_neg" | "swap_bytes" | "reverse_bits" => sig(Value, Some(vec![]), same),
        "min" | "max" | "wrapping_add" | "wrapping_sub" | "wrapping_mul" | "saturating_add"
        | "saturating_sub" | "saturating_mul" | "rem_euclid" | "div_euclid" => {
            sig(Value, Some(vec![same.clone()]), same)
        }
        "pow" => sig(Value, Some(vec![Ty::Int(IntType::U32)]), same),
        "checked_add" | "checked_sub" | "checked_mul" | "checked_div" | "checked_rem" => {
            sig(Value, Some(vec![same.clone()]), Ty::option(same))
        }
        "count_ones" | "count_zeros" | "leading_zeros" | "trailing_zeros" => {
            sig(Value, Some(vec![]), Ty::Int(IntType::U32))
        }
        "is_positive" | "is_negative" | "is_power_of_two" => sig(Value, Some(vec![]), Ty::Bool),
        _ => None,
    }
}

/// The `TryFutureExt` methods, which need a future whose output is a `Result`.
pub const TRY_FUTURE_METHODS: &[&str] = &[
    "and_then",
    "or_else",
    "map_ok",
    "map_err",
    "err_into",
    "ok_into",
    "try_flatten",
    "inspect_ok",
    "inspect_err",
];

/// The `FutureExt` methods that take the future by value (`TRY_FUTURE_METHODS` all do too):
/// the future is moved into what they return.
pub const FUTURE_BY_VALUE_METHODS: &[&str] = &[
    "then",
    "map",
    "fuse",
    "boxed",
    "boxed_local",
    "shared",
    "left_future",
    "right_future",
    "flatten",
    "inspect",
    "into_stream",
    "flatten_stream",
    "now_or_never",
    "remote_handle",
    "catch_unwind",
    "unwrap_or_else",
];

/// Whether a value of this type is certainly not a future (`Unknown` and generics may be).
pub fn certainly_not_future(ty: &Ty, closed_non_future: &dyn Fn(&str) -> bool) -> bool {
    match ty {
        Ty::Int(_)
        | Ty::Float(_)
        | Ty::Bool
        | Ty::Char
        | Ty::Str
        | Ty::Tuple(_)
        | Ty::Array(..) => true,
        Ty::Adt(name, _) => {
            const NOT_FUTURES: &[&str] = &[
                "String", "Vec", "Option", "Result", "Duration", "HashMap", "HashSet", "Rc",
                "RefCell",
            ];
            NOT_FUTURES.contains(&name.as_str()) || closed_non_future(name)
        }
        _ => false,
    }
}

/// The type of a call to a std, futures or prelude function written as `path` (its segments
/// after imports are resolved), given its arguments' types; `None` when the checker does not
/// know it.
pub fn free_fn(table: &mut Table, path: &[String], args: &[Ty]) -> Option<Ty> {
    let last = path.last()?.as_str();
    let owner = path.len().checked_sub(2).map_or("", |i| path[i].as_str());
    let arg = |n: usize| args.get(n).cloned().unwrap_or(Ty::Unknown);
    let output = |ty: Ty| match ty {
        Ty::Future(out, _) => *out,
        _ => Ty::Unknown,
    };
    if let Some(ty) = futures_constructor(path) {
        return Some(ty);
    }
    Some(match (owner, last) {
        ("thread", "sleep") => Ty::unit(),
        ("" | "prelude", "sleep") => Ty::Future(Box::new(Ty::unit()), false),
        ("" | "prelude", "yield_now") => Ty::Future(Box::new(Ty::unit()), false),
        ("" | "prelude", "spawn") => Ty::generic("JoinHandle", vec![output(arg(1))]),
        ("" | "prelude" | "executor", "block_on") => output(arg(0)),
        ("" | "future", "ready") => Ty::Future(Box::new(arg(0)), false),
        ("" | "future", "pending") => Ty::Future(Box::new(table.fresh(VarKind::General)), false),
        ("" | "future", "join") if args.len() == 2 => Ty::Future(
            Box::new(Ty::Tuple(vec![output(arg(0)), output(arg(1))])),
            false,
        ),
        ("" | "mem", "drop") => Ty::unit(),
        ("String", "new") => Ty::named("String"),
        ("String", "from") => Ty::named("String"),
        ("Vec", "new" | "with_capacity") => Ty::generic("Vec", vec![table.fresh(VarKind::General)]),
        ("Duration", "from_millis" | "from_secs" | "from_micros" | "from_nanos") => {
            Ty::named("Duration")
        }
        ("Rc", "new") => Ty::generic("Rc", vec![arg(0)]),
        ("RefCell", "new") => Ty::generic("RefCell", vec![arg(0)]),
        _ => return None,
    })
}

/// The futures channels, streams and executors whose extension-trait methods the checker
/// judges (`scope::extensions_of`), by the path of their constructor; a glob of
/// `futures::prelude` makes `stream` a `futures::prelude::stream`.
fn futures_constructor(path: &[String]) -> Option<Ty> {
    let segments: Vec<&str> = path.iter().map(String::as_str).collect();
    let pair = |sender: &str, receiver: &str| {
        Ty::Tuple(vec![
            Ty::generic(sender, vec![Ty::Unknown]),
            Ty::generic(receiver, vec![Ty::Unknown]),
        ])
    };
    Some(match segments.as_slice() {
        ["futures", "channel", "mpsc", "channel"] => pair(scope::MPSC_SENDER, scope::MPSC_RECEIVER),
        ["futures", "channel", "mpsc", "unbounded"] => {
            pair(scope::MPSC_UNBOUNDED_SENDER, scope::MPSC_UNBOUNDED_RECEIVER)
        }
        ["futures", "stream" | "prelude", .., "iter"]
            if segments[segments.len() - 2] == "stream" =>
        {
            Ty::generic(scope::STREAM_ITER, vec![Ty::Unknown])
        }
        ["futures", "executor", "LocalPool", "new"] => Ty::named(scope::LOCAL_POOL),
        _ => return None,
    })
}

/// Names every Rust program may use without declaring them, beyond the checker's own tables.
pub const PRELUDE_VALUES: &[&str] = &["drop", "Some", "None", "Ok", "Err", "Box", "Vec", "String"];

/// What a path may start with without an import: crate roots, the std prelude's types and
/// traits, and the primitive types.
pub const KNOWN_ROOTS: &[&str] = &[
    "std",
    "core",
    "alloc",
    "futures",
    "async_playground",
    "crate",
    "self",
    "super",
    "Self",
    "Vec",
    "String",
    "Option",
    "Result",
    "Box",
    "Some",
    "None",
    "Ok",
    "Err",
    "Default",
    "From",
    "Into",
    "TryFrom",
    "TryInto",
    "Iterator",
    "IntoIterator",
    "Clone",
    "ToString",
    "ToOwned",
    "PartialEq",
    "PartialOrd",
    "Eq",
    "Ord",
    "AsRef",
    "AsMut",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "Extend",
    "FromIterator",
    "char",
    "str",
    "bool",
    "i8",
    "i16",
    "i32",
    "i64",
    "i128",
    "isize",
    "u8",
    "u16",
    "u32",
    "u64",
    "u128",
    "usize",
    "f32",
    "f64",
];
