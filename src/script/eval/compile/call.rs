//! Lowering of paths, calls and method calls: locals, program functions, constructors and the
//! built-in functions of std, futures and the playground prelude. It must never let an unknown
//! function name through: those are reported where they are written.

use super::expr::path_text;
use super::pattern::Target;
use super::Compiler;
use crate::script::ast::{self, Expr, ExprKind, Span};
use crate::script::eval::channel::ChannelError;
use crate::script::eval::collections::MapKind;
use crate::script::eval::method_names::is_built_in;
use crate::script::eval::number::{FloatType, Int, IntType};
use crate::script::eval::program::{Native, NumType, Op, Shape};
use crate::script::eval::stream::StreamFn;
use crate::script::eval::sync::{std_fn, StdFn};
use crate::script::eval::value::Value;

/// Methods that replace their receiver in place (`opt.take()`), lowered as load–call–store.
const IN_PLACE: &[&str] = &[
    "take",
    "replace",
    "get_or_insert",
    "insert",
    "clone_from",
    "toggle",
];

/// Std traits whose methods a program may call as `Trait::method(value, ..)`.
const RECEIVER_TRAITS: &[&str] = &[
    "Clone",
    "ToString",
    "Iterator",
    "IntoIterator",
    "Display",
    "Debug",
    "PartialEq",
    "PartialOrd",
    "Ord",
    "Future",
    "FutureExt",
    "TryFutureExt",
    "Stream",
    "StreamExt",
    "AsRef",
    "Borrow",
];

/// Whether `method` replaces its receiver when the receiver is a place (see [`IN_PLACE`]).
pub(super) fn is_in_place(method: &str) -> bool {
    IN_PLACE.contains(&method)
}

impl Compiler<'_> {
    /// Compiles a path used as a value.
    /// Compiles a path used as a value; `moving` when the value is moved (see `moves`).
    pub(super) fn path_value(&mut self, path: &ast::Path, moving: bool) {
        let span = path.span;
        if let [segment] = path.segments.as_slice() {
            if let Some(slot) = self.lookup(&segment.ident.name) {
                match std::mem::take(&mut self.placing) {
                    true => {
                        let boxed = self.is_boxed(slot);
                        self.emit(Op::LoadPlace(slot, boxed), span);
                    }
                    false => self.load_or_move(slot, moving, span),
                }
                return;
            }
        }
        if let Some(value) = self.const_value(path) {
            return value;
        }
        match self.resolve_target(path) {
            Some(Target::Variant(tag)) if self.variant_shape(tag) == Shape::Unit => {
                self.emit(Op::MakeVariant(tag, 0), span);
            }
            Some(Target::Struct(id)) if self.program.structs[id as usize].shape == Shape::Unit => {
                self.emit(Op::MakeStruct(id, 0), span);
            }
            // A constructor used as a function: `.map(Some)`, `.map(Wrapper)`.
            Some(Target::Variant(tag)) if self.variant_shape(tag) == Shape::Tuple => {
                self.constant(Value::NativeFn(Native::MakeVariant(tag)), span);
            }
            Some(Target::Struct(id)) if self.program.structs[id as usize].shape == Shape::Tuple => {
                self.constant(Value::NativeFn(Native::MakeStruct(id)), span);
            }
            _ => match self.function_index(path) {
                Some(index) => self.constant(Value::Func(index), span),
                None => match native_for(path).or_else(|| self.method_fn(path)) {
                    Some(native) => self.constant(Value::NativeFn(native), span),
                    // futures' unit struct `Aborted`, the error of an aborted `Abortable`.
                    None if owner_and_name(path).1 == "Aborted" => {
                        self.constant(crate::script::eval::crate_future::aborted(), span)
                    }
                    // futures' unit struct `oneshot::Canceled`, the error of a dropped sender.
                    None if owner_and_name(path).1 == "Canceled" => {
                        self.constant(Value::ChannelError(ChannelError::Canceled), span)
                    }
                    None => {
                        self.error(
                            span,
                            format!("cannot find value `{}` in this scope", path_text(path)),
                        );
                        self.emit_unit(span);
                    }
                },
            },
        }
    }

    /// Refuses, where it is written, a method that no built-in type and no impl of the
    /// program has: it could only fail once the program runs, after output of its own.
    fn check_method_exists(&mut self, method: &ast::Ident) {
        let name = method.name.as_str();
        if !is_built_in(name) && !self.program_methods.contains(name) {
            self.error(
                method.span,
                format!(
                    "no method named `{name}` in the playground: no built-in type has it and \
                     no impl in this program defines it"
                ),
            );
        }
    }

    /// A built-in type's method used as a function: `char::is_numeric`, `str::trim`.
    fn method_fn(&mut self, path: &ast::Path) -> Option<Native> {
        let [.., owner, method] = path.segments.as_slice() else {
            return None;
        };
        let owner = owner.ident.name.as_str();
        let built_in = NumType::from_name(owner).is_some()
            || matches!(
                owner,
                "char" | "str" | "String" | "Vec" | "Option" | "Result" | "ToString"
            );
        (built_in && is_built_in(&method.ident.name))
            .then(|| Native::MethodFn(self.name_id(&method.ident.name)))
    }

    /// Inlines a `const`, or the integer limits such as `u32::MAX`; a `static` is its slot.
    fn const_value(&mut self, path: &ast::Path) -> Option<()> {
        let name = path.segments.last()?.ident.name.clone();
        let owner = match path.segments.len().checked_sub(2) {
            Some(i) => match path.segments[i].ident.name.as_str() {
                "Self" => self.top().self_ty.clone(),
                owner => Some(
                    self.aliases
                        .get(owner)
                        .cloned()
                        .unwrap_or(owner.to_string()),
                ),
            },
            None => None,
        };
        let own = owner.and_then(|owner| self.consts.get(&format!("{owner}::{name}")).copied());
        let constant = own.or_else(|| self.consts.get(&name).copied());
        let found_static = self.statics.get(&name).copied();
        if constant.is_some() || found_static.is_some() {
            if self.const_depth > 16 {
                self.error(path.span, format!("constant `{name}` refers to itself"));
                return Some(());
            }
            self.const_depth += 1;
            match (found_static, constant) {
                (Some((slot, init)), _) => self.key_value(slot, init, path.span),
                (None, Some(expr)) => self.expr(expr),
                (None, None) => {}
            }
            self.const_depth -= 1;
            return Some(());
        }
        let owner = path
            .segments
            .len()
            .checked_sub(2)
            .map(|i| path.segments[i].ident.name.as_str())?;
        if let Some(limit) = int_limit(owner, &name) {
            self.emit_int(limit, path.span);
        } else {
            let (value, ty) = float_constant(owner, &name)?;
            self.constant(Value::Float(value, ty), path.span);
        }
        Some(())
    }

    /// A program function named by `f`, `Type::f`, `Self::f` or a module path (`m::f`,
    /// `super::f`, an imported name).
    fn function_index(&mut self, path: &ast::Path) -> Option<u32> {
        let names: Vec<&str> = path
            .segments
            .iter()
            .map(|s| s.ident.name.as_str())
            .collect();
        if let [.., owner, name] = names.as_slice() {
            let owner = match *owner {
                "Self" => self.top().self_ty.clone()?,
                other => self
                    .aliases
                    .get(other)
                    .cloned()
                    .unwrap_or(other.to_string()),
            };
            let by_trait = (path.as_trait.as_ref()).and_then(|t| {
                self.fn_index
                    .get(&format!("<{owner} as {}>::{name}", t.name))
            });
            if let Some(&index) =
                by_trait.or_else(|| self.fn_index.get(&format!("{owner}::{name}")))
            {
                return Some(index);
            }
        }
        self.module_function(&names)
    }

    /// Compiles `callee(args)`.
    pub(super) fn call(&mut self, callee: &Expr, args: &[Expr], span: Span) {
        let argc = self.operand(args.len(), span, "arguments in one call");
        let ExprKind::Path(path) = &callee.kind else {
            self.expr(callee);
            args.iter().for_each(|a| self.moved(a));
            self.emit(Op::CallValue(argc), span);
            return;
        };
        if let [segment] = path.segments.as_slice() {
            if let Some(slot) = self.lookup(&segment.ident.name) {
                self.load_local(slot, callee.span);
                args.iter().for_each(|a| self.moved(a));
                self.emit(Op::CallValue(argc), span);
                return;
            }
        }
        if let Some(index) = self.function_index(path) {
            let types = self.param_types.get(&index).cloned();
            let names = self.param_type_names.get(&index).cloned();
            self.typed_args(args, types, names, false);
            self.emit(Op::Call(index, argc), span);
            return;
        }
        if args.is_empty() && self.default_call(path, span) {
            return;
        }
        if Self::is_default_default_path(path) {
            self.error(
                path.span,
                "`Default::default()` needs its type written where it is used in the playground: \
                 write `Type::default()`",
            );
            return self.emit_unit(span);
        }
        match self.resolve_target(path) {
            Some(Target::Variant(tag)) => {
                args.iter().for_each(|a| self.moved(a));
                self.emit(Op::MakeVariant(tag, argc), span);
            }
            Some(Target::Struct(id)) => {
                let types = self.field_types.get(&id).cloned();
                let names = self.field_type_names.get(&id).cloned();
                self.typed_args(args, types, names, true);
                self.emit(Op::MakeStruct(id, argc), span);
            }
            None => match self.trait_method_name(path) {
                Some((owner, method)) if !args.is_empty() => {
                    // `Trait::method(x, ..)` is `x.method(..)`: the value picks the impl, of
                    // that trait where the program wrote it (the type may have another
                    // trait's or an inherent method of that name).
                    args.iter().for_each(|a| self.expr(a));
                    let id = self.name_id(&method);
                    if self.traits.contains(&owner) {
                        let call = self.program.trait_calls.len() as u32;
                        self.program.trait_calls.push((owner, id));
                        self.emit(Op::TraitMethod(call, argc - 1), span);
                    } else {
                        self.emit(Op::Method(id, argc - 1), span);
                    }
                }
                _ => self.native_call(path, args, span),
            },
        }
    }

    /// The method a path `Trait::method` names when `Trait` is a trait of the program or a
    /// std trait whose methods take a receiver.
    fn trait_method_name(&self, path: &ast::Path) -> Option<(String, String)> {
        let [.., owner, method] = path.segments.as_slice() else {
            return None;
        };
        let owner = owner.ident.name.as_str();
        let known = self.traits.contains(owner) || RECEIVER_TRAITS.contains(&owner);
        known.then(|| (owner.to_string(), method.ident.name.clone()))
    }

    fn native_call(&mut self, path: &ast::Path, args: &[Expr], span: Span) {
        let imported = self.imported_path(path);
        let (owner, name) = owner_and_name(imported.as_ref().unwrap_or(path));
        if let Some(op) = super::mem::mem_op(owner, name) {
            return self.mem_call(op, args, span);
        }
        let by_import = imported.as_ref().and_then(native_for);
        let Some(native) = by_import.or_else(|| native_for(path)) else {
            self.error(
                path.span,
                format!("unsupported function `{}`", path_text(path)),
            );
            return self.emit_unit(span);
        };
        if native == Native::Drop {
            return self.drop_call(args, span);
        }
        // std's `mpsc::channel()` takes nothing; futures' takes its buffer.
        let native = match native {
            Native::MpscChannel if args.is_empty() => Native::Std(StdFn::Channel),
            other => other,
        };
        let argc = self.operand(args.len(), span, "arguments in one call");
        args.iter().for_each(|a| self.moved(a));
        self.emit(Op::Native(native, argc), span);
        if matches!(native, Native::BlockOn | Native::Std(StdFn::Park)) {
            // `block_on` does not block the page: it spawns task `main` and waits for it.
            // `thread::park` waits for an `unpark` the same way.
            self.emit(Op::Await, span);
        }
    }

    /// `path` with its first segment replaced by the full path of the std or futures item
    /// that a `use` of the current module imports under that name (`Mutex::new` after
    /// `use futures::lock::Mutex` is `futures::lock::Mutex::new`), so that an alias calls the
    /// same built-in and a name std and futures share calls the imported one.
    fn imported_path(&self, path: &ast::Path) -> Option<ast::Path> {
        let (first, rest) = path.segments.split_first()?;
        let target = self
            .imports
            .external_target(&self.module, &first.ident.name)?;
        let imported = target.iter().map(|segment| ast::PathSegment {
            ident: ast::Ident {
                name: segment.clone(),
                span: path.span,
            },
            generics: Vec::new(),
        });
        Some(ast::Path {
            segments: imported.chain(rest.iter().cloned()).collect(),
            span: path.span,
            as_trait: path.as_trait.clone(),
        })
    }

    /// `drop(x)` moves `x` out of its slot so that guards and wakers are released now.
    fn drop_call(&mut self, args: &[Expr], span: Span) {
        for arg in args {
            match &arg.kind {
                ExprKind::Path(p) if p.segments.len() == 1 => {
                    match self.lookup(&p.segments[0].ident.name) {
                        Some(slot) => self.take_local(slot, arg.span),
                        None => self.expr(arg),
                    }
                }
                _ => self.expr(arg),
            }
        }
        let argc = self.operand(args.len(), span, "arguments in one call");
        self.emit(Op::Native(Native::Drop, argc), span);
    }

    /// Compiles `receiver.method(args)`.
    pub(super) fn method_call(
        &mut self,
        receiver: &Expr,
        method: &ast::Ident,
        args: &[Expr],
        span: Span,
    ) {
        if self.thread_local_call(receiver, method, args, span) {
            return;
        }
        if is_in_place(&method.name) {
            let id = self.name_id(&method.name);
            if self.in_place(receiver, id, args, span) {
                return;
            }
        }
        if method.name == "into_iter" {
            // `into_iter` takes its receiver: `for x in v.into_iter()` consumes `v`.
            self.consumed(receiver);
        } else {
            self.expr(receiver);
        }
        self.finish_method_call(method, args, None, span);
    }

    /// Lowers the arguments and the call of `receiver.method(args)`, the receiver being on the
    /// stack already; `ty` is the numeric type asked of its value, by turbofish or context.
    pub(super) fn finish_method_call(
        &mut self,
        method: &ast::Ident,
        args: &[Expr],
        ty: Option<NumType>,
        span: Span,
    ) {
        if method.name == "parse" && args.is_empty() {
            // The number type asked of `s.parse()` (even through `unwrap()`) decides what it
            // parses, as rustc's inference does.
            self.emit(Op::Native(Native::Parse(ty), 1), span);
            return;
        }
        self.check_method_exists(method);
        let id = self.name_id(&method.name);
        // `sum` and `product` fold from `0` or `1` of the asked type, so that they overflow
        // where std's `Sum` and `Product` for that type would; `unwrap_or_default` falls back
        // to its `0`.
        let start = match (method.name.as_str(), args, ty) {
            ("sum" | "unwrap_or_default", [], Some(ty)) => Some(number(ty, 0)),
            ("product", [], Some(ty)) => Some(number(ty, 1)),
            _ => None,
        };
        if let Some(start) = start {
            self.constant(start, span);
            self.emit(Op::Method(id, 1), span);
            return;
        }
        let argc = self.operand(args.len(), span, "arguments in one call");
        let declared = self.method_param_type_names.get(&method.name).cloned();
        let declared = declared.flatten().unwrap_or_default();
        for (i, arg) in args.iter().enumerate() {
            if !self.lower_into(arg, declared.get(i).and_then(Option::as_deref)) {
                self.moved(arg);
            }
        }
        self.emit(Op::Method(id, argc), span);
    }

    /// Lowers `place.take()` and friends as load, call, store back; `false` when the receiver
    /// is not a place (then it is an ordinary call).
    fn in_place(&mut self, receiver: &Expr, id: u32, args: &[Expr], span: Span) -> bool {
        let argc = self.operand(args.len(), span, "arguments in one call");
        match &receiver.kind {
            ExprKind::Path(p) if p.segments.len() == 1 => {
                let Some(slot) = self.lookup(&p.segments[0].ident.name) else {
                    return false;
                };
                self.note_assigned(slot);
                self.load_local(slot, span);
                args.iter().for_each(|a| self.expr(a));
                self.emit(Op::MethodInPlace(id, argc), span);
                self.emit(Op::Sink(1), span);
                self.store_local(slot, span);
            }
            ExprKind::Field { base, name } => {
                let field = self.name_id(&name.name);
                self.expr(base);
                self.emit(Op::Dup, span);
                self.emit(Op::GetField(field), span);
                args.iter().for_each(|a| self.expr(a));
                self.emit(Op::MethodInPlace(id, argc), span);
                self.emit(Op::Sink(2), span);
                self.emit(Op::SetField(field), span);
            }
            ExprKind::Unary {
                op: ast::UnaryOp::Ref | ast::UnaryOp::RefMut,
                expr,
            } => {
                return self.in_place(expr, id, args, span);
            }
            _ => return false,
        }
        true
    }
}

/// The number `n` of type `ty`.
fn number(ty: NumType, n: i64) -> Value {
    match ty {
        NumType::Int(int) => Value::Int(n, int),
        NumType::Float(float) => Value::Float(n as f64, float),
    }
}

/// The last two segments of a path: `("mem", "swap")` for `std::mem::swap`, `("", "f")` for `f`.
fn owner_and_name(path: &ast::Path) -> (&str, &str) {
    let mut names = path.segments.iter().rev().map(|s| s.ident.name.as_str());
    let last = names.next().unwrap_or("");
    (names.next().unwrap_or(""), last)
}

/// The built-in function a path names, by its last one or two segments.
fn native_for(path: &ast::Path) -> Option<Native> {
    let (owner, last) = owner_and_name(path);
    // futures' `Mutex` shares std's name; only its module (`futures::lock`) tells them apart.
    let names: Vec<&str> = path
        .segments
        .iter()
        .map(|s| s.ident.name.as_str())
        .collect();
    if names.ends_with(&["lock", "Mutex", "new"]) {
        return Some(Native::Std(StdFn::FuturesMutexNew));
    }
    if let Some(kind) = MapKind::from_name(owner) {
        match last {
            "new" | "with_capacity" | "default" => return Some(Native::MapNew(kind)),
            "from" | "from_iter" => return Some(Native::MapFrom(kind)),
            _ => {}
        }
    }
    if let Some(function) = StreamFn::from_path(owner, last) {
        return Some(Native::Stream(function));
    }
    Some(match (owner, last) {
        ("Vec" | "VecDeque", "new" | "with_capacity") => Native::VecNew,
        ("Vec" | "VecDeque", "from" | "from_iter") => Native::VecFrom,
        ("iter", "repeat") => Native::IterRepeat,
        ("iter", "from_fn") => Native::IterFromFn,
        ("iter", "successors") => Native::IterSuccessors,
        ("iter", "once" | "empty") => Native::IterOver,
        ("char", "from_digit") => Native::CharFromDigit,
        ("char", "from_u32") => Native::CharFromU32,
        ("String", "new" | "with_capacity") => Native::StringNew,
        ("String", "from") => Native::StringFrom,
        // `Arc` is `Rc` with single-threaded meaning, and a `Mutex` a `RefCell` whose `lock`
        // cannot fail: the playground runs one thread.
        ("Rc" | "Arc", "new") => Native::RcNew,
        ("Rc" | "Arc", "clone") => Native::RcClone,
        ("Rc" | "Arc", "strong_count") => Native::RcStrongCount,
        ("Rc" | "Arc", "ptr_eq") => Native::RcPtrEq,
        ("RefCell" | "Cell" | "Mutex", "new") => Native::RefCellNew,
        ("Box", "new" | "pin") | ("Pin", "new") => Native::Identity,
        ("Duration", "from_millis") => Native::DurationMillis,
        ("Duration", "from_secs") => Native::DurationSecs,
        ("thread", "sleep") => Native::ThreadSleep,
        ("", "sleep") => Native::Sleep,
        ("" | "executor", "block_on") => Native::BlockOn,
        ("" | "prelude", "spawn") => Native::Spawn,
        ("" | "prelude", "yield_now") => Native::YieldNow,
        ("" | "future", "join" | "join3" | "join4" | "join5") => Native::Join,
        ("" | "future", "try_join" | "try_join3" | "try_join4" | "try_join5") => Native::TryJoin,
        ("" | "future", "join_all") => Native::JoinAll,
        ("mpsc", "channel") => Native::MpscChannel,
        ("mpsc", "unbounded") => Native::MpscUnbounded,
        ("oneshot", "channel") => Native::OneshotChannel,
        ("" | "future", "try_join_all") => Native::TryJoinAll,
        ("" | "future", "select") => Native::Select,
        ("" | "future", "ready") => Native::Ready,
        ("" | "future", "pending") => Native::Pending,
        ("Fuse", "terminated") => Native::FuseTerminated,
        ("sink", "drain") => Native::SinkDrain,
        ("" | "future", "poll_fn") => Native::PollFn,
        ("" | "future", "lazy") => Native::Lazy,
        ("" | "future", "ok") => Native::ReadyOk,
        ("" | "future", "err") => Native::ReadyErr,
        ("" | "future", "maybe_done") => Native::MaybeDone,
        ("OptionFuture", "from") => Native::Identity,
        ("AbortHandle", "new_pair") => Native::AbortPair,
        ("Abortable", "new") => Native::AbortableNew,
        ("" | "future", "abortable") => Native::Abortable,
        ("" | "future", "select_all") => Native::SelectAll,
        ("" | "future", "select_ok") => Native::SelectOk,
        ("" | "future", "try_select") => Native::TrySelect,
        ("" | "mem", "drop") => Native::Drop,
        ("mem", "forget") => Native::Forget,
        ("String", "from_utf8_lossy") => Native::FromUtf8(false),
        ("String", "from_utf8") => Native::FromUtf8(true),
        ("TcpListener", "bind") => Native::Bind,
        ("TcpStream", "connect") => Native::Connect,
        (owner, name) => Native::Std(std_fn(owner, name)?),
    })
}

/// The constants of `f32` and `f64` (`f64::NAN`, `f32::MAX`, `std::f64::consts::PI`, ...).
fn float_constant(owner: &str, name: &str) -> Option<(f64, FloatType)> {
    let ty = match owner {
        "consts" => FloatType::F64,
        owner => FloatType::from_name(owner)?,
    };
    let f32 = ty == FloatType::F32;
    let value = match name {
        "NAN" => f64::NAN,
        "INFINITY" => f64::INFINITY,
        "NEG_INFINITY" => f64::NEG_INFINITY,
        "MAX" if f32 => f64::from(f32::MAX),
        "MAX" => f64::MAX,
        "MIN" if f32 => f64::from(f32::MIN),
        "MIN" => f64::MIN,
        "MIN_POSITIVE" if f32 => f64::from(f32::MIN_POSITIVE),
        "MIN_POSITIVE" => f64::MIN_POSITIVE,
        "EPSILON" if f32 => f64::from(f32::EPSILON),
        "EPSILON" => f64::EPSILON,
        "PI" => std::f64::consts::PI,
        "TAU" => std::f64::consts::TAU,
        "E" => std::f64::consts::E,
        "SQRT_2" => std::f64::consts::SQRT_2,
        "LN_2" => std::f64::consts::LN_2,
        _ => return None,
    };
    Some((ty.round(value), ty))
}

/// `T::MIN`, `T::MAX` and `T::BITS` of an integer type `T`.
fn int_limit(owner: &str, name: &str) -> Option<Int> {
    let ty = IntType::from_name(owner)?;
    match name {
        "MIN" => Some(ty.min()),
        "MAX" => Some(ty.max()),
        "BITS" => Some(Int::new(i128::from(ty.bits()), IntType::U32)),
        _ => None,
    }
}
