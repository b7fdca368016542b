//! `FutureExt` and `TryFutureExt` combinators over interpreted futures, and the small
//! `future::*` constructors that call the program's closures (`lazy`, `maybe_done`). Each
//! polls exactly as its futures 0.3 counterpart: `map`, `inspect` and the `Result` maps call
//! their function in the poll that finishes the inner future; `then`, `and_then`, `or_else`,
//! `flatten` and `try_flatten` make the second future and poll it in that same poll, as
//! futures' `Flatten` and `TryFlatten` do. These are re-implemented rather than the crate's
//! code because the functions they call are the program's closures, which run on the
//! interpreter. It must never poll a finished future again, and never lose a poll that paused.

use super::future::{poll_value, Polled};
use super::teardown::release;
use super::value::{Tag, Value};
use super::vm::{call_sync, Fault};
use super::Env;

/// Which outputs a combinator's function applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arm {
    /// Every output (`map`, `then`, `inspect`, `flatten`).
    Any,
    /// The payload of `Ok` (`map_ok`, `and_then`, `inspect_ok`, `try_flatten`); an `Err`
    /// passes through.
    Ok,
    /// The payload of `Err` (`map_err`, `or_else`, `inspect_err`); an `Ok` passes through.
    Err,
}

impl Arm {
    /// The payload `output` gives this arm's function, or `None` when it passes through.
    fn payload(self, output: &Value) -> Option<Value> {
        let tag = match self {
            Arm::Any => return Some(output.clone()),
            Arm::Ok => Tag::Ok,
            Arm::Err => Tag::Err,
        };
        let v = output.as_variant()?;
        (v.tag == tag).then(|| v.fields.first().cloned().unwrap_or(Value::Unit))
    }

    /// The output for the function's result `result`: rewrapped in this arm's variant.
    fn rewrap(self, result: Value) -> Value {
        match self {
            Arm::Any => result,
            Arm::Ok => Value::variant(Tag::Ok, vec![result]),
            Arm::Err => Value::variant(Tag::Err, vec![result]),
        }
    }
}

/// What a mapping combinator does with its function's result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapKind {
    /// The result replaces the payload, rewrapped (`map`, `map_ok`, `map_err`).
    Replace,
    /// The function only looks; the output passes on unchanged (`inspect*`).
    Inspect,
    /// The result is the output itself, unwrapped (`unwrap_or_else` on an `Err`).
    Unwrap,
}

/// A combinator's state.
pub enum Combinator {
    /// `map`, `map_ok`, `map_err`, `inspect`, `inspect_ok`, `inspect_err`, `unwrap_or_else`.
    Map {
        /// The inner future.
        future: Value,
        /// The program's function.
        f: Value,
        /// Which outputs it applies to.
        arm: Arm,
        /// What its result becomes.
        kind: MapKind,
    },
    /// `then`, `and_then`, `or_else` (with a function), `flatten` and `try_flatten` (without).
    Then {
        /// The first future.
        first: Value,
        /// The function making the second future from the first's output or payload.
        f: Option<Value>,
        /// Which outputs go on to a second future.
        arm: Arm,
        /// The second future, once made.
        second: Option<Value>,
    },
    /// `future::lazy(f)`: calls `f(cx)` in its first poll.
    Lazy(Value),
    /// `future::maybe_done(f)`: the future until it finished, then its output until taken.
    MaybeDone(MaybeDone),
}

/// The states of futures' `MaybeDone`.
pub enum MaybeDone {
    /// Still running.
    Future(Value),
    /// Finished: the output, not taken yet.
    Done(Value),
    /// The output was taken.
    Gone,
}

impl Combinator {
    /// `future.map(f)` and its `Result` siblings.
    pub fn map(future: Value, f: Value, arm: Arm, kind: MapKind) -> Self {
        Combinator::Map {
            future,
            f,
            arm,
            kind,
        }
    }

    /// `future.then(f)` and its `Result` siblings; without `f`, `flatten`.
    pub fn then(first: Value, f: Option<Value>, arm: Arm) -> Self {
        Combinator::Then {
            first,
            f,
            arm,
            second: None,
        }
    }

    /// Whether it stays as it is once it gave its output: `MaybeDone` keeps its output for
    /// `take_output`; every other combinator is finished.
    pub fn outlives_output(&self) -> bool {
        matches!(self, Combinator::MaybeDone(_))
    }

    /// Whether it has finished for good (futures' `FusedFuture::is_terminated`).
    pub fn is_terminated(&self) -> bool {
        matches!(
            self,
            Combinator::MaybeDone(MaybeDone::Done(_) | MaybeDone::Gone)
        )
    }

    /// Polls it once.
    pub fn poll(&mut self, env: &mut Env<'_, '_>, can_slice: bool) -> Result<Polled, Fault> {
        match self {
            Combinator::Map {
                future,
                f,
                arm,
                kind,
            } => {
                let output = match poll_value(future, env, can_slice)? {
                    Polled::Ready(output) => output,
                    unfinished => return Ok(unfinished),
                };
                // futures' `Map` drops its inner future once it is ready, and its function
                // once called (or passed over), so what they captured is gone before the
                // next combinator runs.
                release(vec![std::mem::take(future)]);
                let f = std::mem::take(f);
                let result = match arm.payload(&output) {
                    Some(payload) => call_sync(env, &f, vec![payload]),
                    None => Ok(Value::Unit),
                };
                let passed_over = arm.payload(&output).is_none();
                release(vec![f]);
                let result = result?;
                if passed_over {
                    return Ok(Polled::Ready(output));
                }
                Ok(Polled::Ready(match kind {
                    MapKind::Replace => arm.rewrap(result),
                    MapKind::Inspect => output,
                    MapKind::Unwrap => result,
                }))
            }
            Combinator::Then {
                first,
                f,
                arm,
                second,
            } => poll_then(first, f, *arm, second, env, can_slice),
            Combinator::Lazy(f) => {
                let cx = Value::Context(env.cx.waker().clone());
                Ok(Polled::Ready(call_sync(env, &f.clone(), vec![cx])?))
            }
            Combinator::MaybeDone(state) => poll_maybe_done(state, env, can_slice),
        }
    }

    /// `MaybeDone::take_output`: the output once, if it finished.
    pub fn take_output(&mut self) -> Option<Value> {
        let Combinator::MaybeDone(state) = self else {
            return None;
        };
        if !matches!(state, MaybeDone::Done(_)) {
            return None;
        }
        match std::mem::replace(state, MaybeDone::Gone) {
            MaybeDone::Done(output) => Some(output),
            _ => None,
        }
    }

    /// The values it holds, for a drop that must not recurse.
    fn take_values(&mut self) -> Vec<Value> {
        let take = std::mem::take::<Value>;
        match self {
            Combinator::Map { future, f, .. } => vec![take(future), take(f)],
            Combinator::Then {
                first, f, second, ..
            } => [Some(take(first)), f.take(), second.take()]
                .into_iter()
                .flatten()
                .collect(),
            Combinator::Lazy(f) => vec![take(f)],
            Combinator::MaybeDone(state) => match std::mem::replace(state, MaybeDone::Gone) {
                MaybeDone::Future(value) | MaybeDone::Done(value) => vec![value],
                MaybeDone::Gone => Vec::new(),
            },
        }
    }
}

// A chain of combinators each holding the next drops level by level (see `teardown`).
impl Drop for Combinator {
    fn drop(&mut self) {
        release(self.take_values());
    }
}

/// Once the first future is ready, the second is made and polled in the same poll, as
/// futures' `Flatten` does; an output the arm passes through is the output.
/// As futures' `Map` inside `Then`, the first future and the function are dropped once the
/// first is ready, before the second future is polled.
fn poll_then(
    first: &mut Value,
    f: &mut Option<Value>,
    arm: Arm,
    second: &mut Option<Value>,
    env: &mut Env<'_, '_>,
    can_slice: bool,
) -> Result<Polled, Fault> {
    if second.is_none() {
        let output = match poll_value(first, env, can_slice)? {
            Polled::Ready(output) => output,
            unfinished => return Ok(unfinished),
        };
        release(vec![std::mem::take(first)]);
        let f = f.take();
        let Some(payload) = arm.payload(&output) else {
            release(f.into_iter().collect());
            return Ok(Polled::Ready(output));
        };
        let made = match &f {
            Some(f) => call_sync(env, f, vec![payload]),
            None => Ok(payload),
        };
        release(f.into_iter().collect());
        *second = Some(made?);
    }
    match second {
        Some(future) => poll_value(&future.clone(), env, can_slice),
        None => Ok(Polled::Pending),
    }
}

fn poll_maybe_done(
    state: &mut MaybeDone,
    env: &mut Env<'_, '_>,
    can_slice: bool,
) -> Result<Polled, Fault> {
    match state {
        MaybeDone::Future(future) => match poll_value(future, env, can_slice)? {
            Polled::Ready(output) => {
                *state = MaybeDone::Done(output);
                Ok(Polled::Ready(Value::Unit))
            }
            unfinished => Ok(unfinished),
        },
        MaybeDone::Done(_) => Ok(Polled::Ready(Value::Unit)),
        MaybeDone::Gone => Err("MaybeDone polled after value taken".into()),
    }
}
