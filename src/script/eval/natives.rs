//! Built-in functions of std, futures and the playground prelude (`Vec::new`, `Rc::new`,
//! `spawn`, `join`, `select`, `thread::sleep`, ...). It must never block the thread: even
//! `block_on` and `thread::sleep` only record what a compiled program would do.

use std::rc::Rc;

use super::collections::{map_from, new_map};
use super::combinators::{Combinator, MaybeDone};
use super::crate_future;
use super::future::{future_value, select_now, FutureObj};
use super::number::{parse_float, parse_int, FloatType, IntType};
use super::ops::{as_byte, as_int};
use super::program::{Native, NumType};
use super::teardown::release_one;
use super::value::{Tag, Value};
use super::vm::Fault;
use super::Env;
use crate::net::{TcpListener, TcpStream};

/// `text.parse::<T>()`: `Ok(number)` or `Err(ParseIntError)`/`Err(ParseFloatError)`.
fn parse(text: &str, ty: Option<NumType>) -> Value {
    let parsed = match ty {
        Some(NumType::Int(ty)) => parse_int(text, ty).map(Value::int),
        Some(NumType::Float(ty)) => parse_float(text, ty).map(|f| Value::Float(f, ty)),
        None => parse_int(text, IntType::Infer)
            .map(Value::int)
            .or_else(|_| {
                parse_float(text, FloatType::Infer).map(|f| Value::Float(f, FloatType::Infer))
            }),
    };
    match parsed {
        Ok(value) => Value::variant(Tag::Ok, vec![value]),
        Err(error) => Value::variant(Tag::Err, vec![Value::ParseError(error)]),
    }
}

/// `with_capacity(n)`'s own check: std refuses a capacity whose bytes exceed `isize::MAX`
/// before allocating anything (every element takes at least a byte). The playground allocates
/// nothing ahead, so a smaller capacity costs nothing.
fn capacity(n: &Value) -> Result<(), Fault> {
    match n.as_int() {
        Some(n) if n.value > i128::from(i64::MAX) => Err("capacity overflow".into()),
        _ => Ok(()),
    }
}

/// Calls a built-in function with its arguments.
pub fn call(env: &mut Env<'_, '_>, native: Native, args: Vec<Value>) -> Result<Value, Fault> {
    let mut args = args.into_iter();
    let mut arg = || args.next().unwrap_or(Value::Unit);
    Ok(match native {
        Native::MakeVariant(tag) => super::ops::make_variant(env, tag, args.collect()),
        Native::MakeStruct(id) => super::ops::make_struct(env, id, args.collect())?,
        Native::VecNew => {
            capacity(&arg())?;
            Value::vec(Vec::new())
        }
        Native::StringNew => {
            capacity(&arg())?;
            Value::string(String::new())
        }
        Native::StringFrom => Value::string(text(&arg())?),
        Native::RcNew => Value::Rc(Rc::new(arg())),
        Native::RcClone | Native::Identity => arg(),
        Native::Parse(ty) => parse(&text(&arg())?, ty),
        Native::RcStrongCount => match arg() {
            // The argument itself is one more handle than the program holds.
            Value::Rc(rc) => {
                let held = Rc::strong_count(&rc) as isize + env.shared.wakers.extra_handles(&rc);
                Value::usize(usize::try_from(held - 1).unwrap_or(0))
            }
            other => {
                return Err(format!(
                    "`Rc::strong_count` needs an Rc, found {}",
                    other.type_name()
                )
                .into())
            }
        },
        Native::RcPtrEq => match (arg(), arg()) {
            (Value::Rc(a), Value::Rc(b)) => Value::Bool(Rc::ptr_eq(&a, &b)),
            _ => return Err("`Rc::ptr_eq` needs two Rcs".into()),
        },
        Native::RefCellNew => Value::ref_cell(arg()),
        Native::DurationMillis => Value::Duration(non_negative(&arg())?),
        Native::DurationSecs => Value::Duration(non_negative(&arg())?.saturating_mul(1000)),
        Native::ThreadSleep => thread_sleep(env, &arg())?,
        Native::Sleep => match arg() {
            duration @ Value::Duration(_) => thread_sleep(env, &duration)?,
            ms => {
                let ms = non_negative(&ms)?;
                native_future(async move {
                    crate::executor::sleep(ms).await;
                    Value::Unit
                })
            }
        },
        Native::YieldNow => super::future::yield_future(env.shared),
        Native::BlockOn if !env.shared.outside_executor() => {
            return Err(crate::executor::NESTED_BLOCK_ON.into())
        }
        Native::BlockOn => {
            let future = arg();
            let future = super::traits::enum_future(env, &future).unwrap_or(future);
            task(env.shared.spawn_block_on(future))
        }
        Native::Spawn if env.shared.outside_executor() => {
            return Err(crate::executor::NO_EXECUTOR.into())
        }
        Native::Spawn => {
            let name = text(&arg())?;
            let future = arg();
            let future = super::traits::enum_future(env, &future).unwrap_or(future);
            task(env.shared.spawn(name, future))
        }
        Native::Join | Native::TryJoin => {
            let children: Vec<Value> = args.collect();
            join(children, false, native == Native::TryJoin)
        }
        Native::JoinAll | Native::TryJoinAll => {
            let children = super::iter::items(env, &arg())?;
            if native == Native::JoinAll {
                return Ok(join_all(env, children));
            }
            join(children, true, true)
        }
        Native::Stream(function) => super::stream::call(env, function, args.collect())?,
        Native::MpscChannel => super::channel::bounded(non_negative(&arg())? as usize),
        Native::MpscUnbounded => super::channel::unbounded(),
        Native::OneshotChannel => super::channel::oneshot(),
        Native::PendingOnce => future_value(FutureObj::PendingOnce(false)),
        Native::PollOnce => future_value(FutureObj::PollOnce(arg())),
        Native::SelectMacro {
            biased,
            complete,
            default: true,
        } => select_now(env, args.collect(), biased, complete)?,
        Native::SelectMacro {
            biased, complete, ..
        } => future_value(FutureObj::Branches {
            futures: args.collect(),
            biased,
            complete,
            order: Vec::new(),
            resume_at: None,
            any_polled: false,
        }),
        Native::Select => future_value(FutureObj::Select {
            a: arg(),
            b: arg(),
            at_b: false,
        }),
        Native::Ready => future_value(FutureObj::Ready(Some(arg()))),
        Native::Pending => future_value(FutureObj::Pending),
        Native::FuseTerminated => future_value(FutureObj::Terminated),
        Native::SinkDrain => super::channel::drain(),
        Native::PollFn => future_value(FutureObj::PollFn(arg())),
        Native::Lazy => future_value(FutureObj::Combinator(Combinator::Lazy(arg()))),
        Native::ReadyOk => {
            future_value(FutureObj::Ready(Some(Value::variant(Tag::Ok, vec![arg()]))))
        }
        Native::ReadyErr => future_value(FutureObj::Ready(Some(Value::variant(
            Tag::Err,
            vec![arg()],
        )))),
        Native::AbortPair => crate_future::abort_pair(),
        Native::AbortableNew => {
            let future = arg();
            crate_future::abortable_new(env, future, &arg())?
        }
        Native::Abortable => crate_future::abortable(env, arg())?,
        Native::TrySelect => crate_future::try_select(env, arg(), arg()),
        Native::SelectAll | Native::SelectOk => {
            let futures = super::iter::items(env, &arg())?;
            match native {
                Native::SelectAll => crate_future::select_all(env, futures)?,
                _ => crate_future::select_ok(env, futures)?,
            }
        }
        Native::MaybeDone => future_value(FutureObj::Combinator(Combinator::MaybeDone(
            MaybeDone::Future(arg()),
        ))),
        Native::Drop => {
            release_one(arg());
            Value::Unit
        }
        Native::Forget => {
            // Leaked on purpose, as `mem::forget` leaks: its `drop` never runs.
            std::mem::forget(arg());
            Value::Unit
        }
        Native::DefaultOf => super::mem::default_like(&arg().deref())?,
        Native::Mem(op) => super::mem::write_through(op, args.collect())?,
        Native::Bind => {
            net_result(TcpListener::bind(&text(&arg())?).map(|l| Value::Listener(Rc::new(l))))
        }
        Native::Connect => {
            net_result(TcpStream::connect(&text(&arg())?).map(|s| Value::Stream(Rc::new(s))))
        }
        Native::MapNew(kind) => new_map(kind, None),
        Native::MapFrom(kind) => map_from(kind, super::iter::items(env, &arg())?)?,
        Native::VecFrom => Value::vec(super::iter::items(env, &arg())?),
        Native::MapDefault => {
            let (map, default) = (arg(), arg());
            match &map {
                Value::Map(obj) => *obj.default.borrow_mut() = Some(default),
                other => return Err(format!("expected a map, found {}", other.type_name()).into()),
            }
            map
        }
        Native::CharFromDigit => super::text::from_digit(&arg(), &arg())?,
        Native::CharFromU32 => super::text::from_u32(&arg())?,
        Native::MethodFn(name) => {
            let receiver = arg();
            super::methods::call(env, receiver, name, args.collect())?
        }
        Native::IterRepeat | Native::IterFromFn | Native::IterSuccessors => {
            super::iter::iter_fn(native, args.collect())
        }
        Native::IterOver => super::iter::iter_of(args.collect()),
        Native::Collect(target) => match arg() {
            stream @ Value::AsyncStream(_) if !super::stream::is_blocking(&stream) => {
                super::stream::collect(env, &stream, target)
            }
            receiver @ Value::Channel(_) => super::stream::collect(env, &receiver, target),
            iter => super::consume::collect(env, &iter, target)?,
        },
        Native::Std(f) => super::sync::call(env, f, args.collect())?,
        Native::FromUtf8(wrap) => {
            let bytes: Result<Vec<u8>, Fault> = super::iter::items(env, &arg())?
                .iter()
                .map(as_byte)
                .collect();
            let text = Value::string(String::from_utf8_lossy(&bytes?).into_owned());
            if wrap {
                Value::variant(Tag::Ok, vec![text])
            } else {
                text
            }
        }
    })
}

fn text(value: &Value) -> Result<String, Fault> {
    value
        .as_text()
        .ok_or_else(|| format!("expected a string, found {}", value.type_name()).into())
}

fn non_negative(value: &Value) -> Result<u64, Fault> {
    let n = as_int(value)?;
    Ok(u64::try_from(n.value).map_err(|_| format!("expected a non-negative number, found {n}"))?)
}

/// `std::thread::sleep` blocks every task of a real executor; here it only says so.
fn thread_sleep(env: &Env<'_, '_>, duration: &Value) -> Result<Value, Fault> {
    let Value::Duration(ms) = duration else {
        return Err(format!(
            "`thread::sleep` needs a Duration, found {}",
            duration.type_name()
        )
        .into());
    };
    env.shared.note_blocking(format!(
        "`std::thread::sleep` blocked the executor for {ms} ms: no other task could run"
    ));
    Ok(Value::Unit)
}

/// A playground future as a value.
pub fn native_future(future: impl std::future::Future<Output = Value> + 'static) -> Value {
    future_value(FutureObj::Native(Box::pin(future)))
}

fn task(handle: crate::executor::JoinHandle<Value>) -> Value {
    future_value(FutureObj::Task(handle))
}

/// `future::join_all`: futures' own small join up to its limit, then `FuturesOrdered`, as
/// futures' `JoinAll` switches (which changes which futures each poll polls).
pub fn join_all(env: &Env<'_, '_>, children: Vec<Value>) -> Value {
    if children.len() > super::stream::SMALL_JOIN {
        return super::stream::join_all_ordered(env, children);
    }
    join(children, true, false)
}

/// The future of `join!`, `join_all` and their `try_` forms over `children`.
pub fn join(children: Vec<Value>, as_vec: bool, fails_fast: bool) -> Value {
    let outputs = vec![None; children.len()];
    future_value(FutureObj::Join {
        children,
        outputs,
        as_vec,
        next: 0,
        sliced: false,
        fails_fast,
    })
}

/// `Ok(value)` or `Err(message)` for a loopback operation.
pub fn net_result(result: Result<Value, crate::net::NetError>) -> Value {
    match result {
        Ok(value) => Value::variant(Tag::Ok, vec![value]),
        Err(error) => Value::variant(Tag::Err, vec![Value::string(error.to_string())]),
    }
}
