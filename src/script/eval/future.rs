//! Futures as interpreter values: `async` bodies, the futures 0.3 combinators with their exact
//! polling order, hand-written `impl Future` structs, and the playground's own futures, all
//! polled with the executor's real `Context`. It must never poll a finished child again, never
//! reorder children, and never lose its place when a child's time slice runs out.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use super::combinators::Combinator;
use super::crate_future::CrateFuture;
use super::program::Proto;
use super::teardown::{release, release_one};
use super::value::{Tag, Value};
use super::vm::{call_sync, cell_contents, closure_captures, load_value, Coroutine, Fault, Step};
use super::{Env, Shared};
use crate::executor::JoinHandle;
use crate::script::stack::StackGuard;

/// The state of a future value.
pub enum FutureObj {
    /// An `async fn` call or `async` block.
    Body(Coroutine),
    /// `future::ready(v)`
    Ready(Option<Value>),
    /// `future::pending()`
    Pending,
    /// `future::poll_fn(f)`
    PollFn(Value),
    /// `join!`, `future::join` (a tuple) and `join_all` (a vector).
    Join {
        /// The children; finished ones are dropped (`()`), like futures' `MaybeDone`.
        children: Vec<Value>,
        /// Outputs of finished children.
        outputs: Vec<Option<Value>>,
        /// Whether the output is a `Vec` (`join_all`) rather than a tuple.
        as_vec: bool,
        /// The child to resume at after a time slice ran out or a poll paused.
        next: usize,
        /// Whether it stopped because a time slice ran out: the next poll comes round.
        sliced: bool,
        /// `try_join!`, `try_join` and `try_join_all`: the first `Err` a child gives ends the
        /// join with it, and the outputs are unwrapped from `Ok`.
        fails_fast: bool,
    },
    /// `select!` and `select_biased!` over the futures of their branches.
    Branches {
        /// The futures, in branch order; a finished one is skipped, as `FusedFuture` says.
        futures: Vec<Value>,
        /// Whether they are polled in source order rather than shuffled each poll.
        biased: bool,
        /// Whether a `complete` branch takes over once every future has finished.
        complete: bool,
        /// This poll's order of the futures, and the place in it a paused poll resumes at.
        order: Vec<usize>,
        /// Where a poll that paused or was sliced goes on; `None` starts a new round.
        resume_at: Option<usize>,
        /// Whether this round polled an unfinished future.
        any_polled: bool,
    },
    /// `pending!()`: whether it has returned its one Pending.
    PendingOnce(bool),
    /// `poll!(f)`: the polled future.
    PollOnce(Value),
    /// `FutureExt::fuse`: the inner future; once it finished, the state is `Terminated`.
    Fuse(Value),
    /// A fused future that finished: it stays Pending, and `select!` skips it.
    Terminated,
    /// `StreamExt::next` (`some_only: false`) and `select_next_some` (`true`, which waits past
    /// the stream's end rather than giving `None`).
    Next {
        /// The stream.
        stream: Value,
        /// Whether only items count: `select_next_some`.
        some_only: bool,
    },
    /// `future::select(a, b)`
    Select {
        /// The first future.
        a: Value,
        /// The second future.
        b: Value,
        /// Whether to resume at `b` after a time slice ran out.
        at_b: bool,
    },
    /// The `FutureExt` and `TryFutureExt` combinators that call the program's functions
    /// (`combinators.rs`).
    Combinator(Combinator),
    /// The futures crate's own combinators over interpreted futures (`crate_future.rs`).
    Crate(CrateFuture),
    /// `yield_now()`, kept in place rather than boxed: a loop of yields makes one a turn.
    Yield(crate::executor::YieldNow),
    /// A playground future (`sleep`, network I/O).
    Native(Pin<Box<dyn Future<Output = Value>>>),
    /// A spawned task's `JoinHandle`.
    Task(JoinHandle<Value>),
    /// Finished.
    Done,
}

// A chain of futures each holding the next drops level by level (see `teardown`).
impl Drop for FutureObj {
    fn drop(&mut self) {
        let take = std::mem::take::<Value>;
        match self {
            FutureObj::Ready(value) => release(value.take().into_iter().collect()),
            FutureObj::PollFn(f) => release_one(take(f)),
            FutureObj::Join {
                children, outputs, ..
            } => {
                let mut values = std::mem::take(children);
                values.extend(outputs.iter_mut().filter_map(Option::take));
                release(values);
            }
            FutureObj::Branches { futures, .. } => release(std::mem::take(futures)),
            FutureObj::PollOnce(f) | FutureObj::Fuse(f) => release_one(take(f)),
            FutureObj::Next { stream, .. } => release_one(take(stream)),
            FutureObj::Select { a, b, .. } => release(vec![take(a), take(b)]),
            _ => {}
        }
    }
}

/// The outcome of polling a value as a future.
pub enum Polled {
    /// It finished with this output.
    Ready(Value),
    /// It is waiting for a wake.
    Pending,
    /// An interpreted body ran out of its time slice; poll again at once.
    Sliced,
    /// An interpreted body paused for the frame's deadline; the executor resumes this poll.
    Paused,
}

/// A future value's shared state.
pub type FutureCell = Rc<RefCell<FutureObj>>;

/// Wraps a future state as a value.
pub fn future_value(state: FutureObj) -> Value {
    Value::Future(Rc::new(RefCell::new(state)))
}

/// The future of `yield_now()`, in the allocation of the last future `recycle_future` kept if
/// any: a loop of yields then allocates nothing per turn.
pub fn yield_future(shared: &Shared) -> Value {
    let state = FutureObj::Yield(crate::executor::yield_now());
    match shared.spare_future.take() {
        Some(cell) => {
            // The spare is `Done`, which owns nothing: forgetting it spares the drop glue of
            // every kind of future.
            let done = std::mem::replace(&mut *cell.borrow_mut(), state);
            debug_assert!(matches!(done, FutureObj::Done));
            std::mem::forget(done);
            Value::Future(cell)
        }
        None => future_value(state),
    }
}

/// Drops a future that an `.await` finished with, keeping its allocation for the next
/// `yield_now()` when nothing else can reach it (a finished future holds nothing).
pub fn recycle_future(shared: &Shared, value: Value) {
    if let Value::Future(cell) = value {
        let unreachable = Rc::strong_count(&cell) == 1 && Rc::weak_count(&cell) == 0;
        if unreachable && matches!(cell.try_borrow().as_deref(), Ok(FutureObj::Done)) {
            shared.spare_future.set(Some(cell));
        }
    }
}

/// The future of an `async fn` call or `async` block.
pub fn async_body(proto: Rc<Proto>, args: Vec<Value>, captures: &[(u16, Value)]) -> Value {
    future_value(FutureObj::Body(Coroutine::new(proto, args, captures)))
}

/// Builds a closure, or the future of an `async` block, capturing from `slots`.
pub fn make_closure(
    env: &Env<'_, '_>,
    index: u32,
    slots: &[Value],
    is_async: bool,
) -> Result<Value, Fault> {
    let proto = env
        .shared
        .program
        .closures
        .get(index as usize)
        .cloned()
        .ok_or("no such closure")?;
    let mut captures: Vec<Value> = proto
        .capture_slots
        .iter()
        .map(|&(outer, _)| slots.get(outer as usize).cloned().unwrap_or(Value::Unit))
        .collect();
    for &i in &proto.copy_cells {
        if let Some(capture) = captures.get_mut(i) {
            *capture = Value::ref_cell(cell_contents(capture)?);
        }
    }
    for &i in &proto.copies {
        if let Some(capture) = captures.get_mut(i) {
            *capture = load_value(capture)?;
        }
    }
    if is_async {
        let placed = closure_captures(&proto.capture_slots, &captures);
        return Ok(async_body(Rc::clone(&proto.body), Vec::new(), &placed));
    }
    Ok(Value::Closure(Rc::new(super::value::ClosureObj {
        proto,
        captures,
    })))
}

/// Polls `value` as a future once.
pub fn poll_value(value: &Value, env: &mut Env<'_, '_>, can_slice: bool) -> Result<Polled, Fault> {
    // A future awaiting another polls it from inside its own poll, as compiled code does.
    let _guard = StackGuard::enter()?;
    match value {
        Value::Future(obj) => {
            let mut state = obj
                .try_borrow_mut()
                .map_err(|_| "a future was polled while it was already being polled")?;
            poll_state(&mut state, env, can_slice)
        }
        // Kept out of line: every `.await` comes here, nearly always with a `Future`, and the
        // rest's frame would be set up for each.
        other => poll_other(other, env, can_slice),
    }
}

/// [`poll_value`] of a value other than a `Future` object.
#[inline(never)]
fn poll_other(value: &Value, env: &mut Env<'_, '_>, can_slice: bool) -> Result<Polled, Fault> {
    match value {
        Value::Struct(obj) => match obj.def.poll {
            Some(poll) => {
                let cx = Value::Context(env.cx.waker().clone());
                let result = call_sync(env, &Value::Func(poll), vec![value.clone(), cx])?;
                from_poll(&result)
            }
            None => Err(format!(
                "`{}` is not a future: it has no `impl Future`",
                obj.def.name
            )
            .into()),
        },
        Value::Variant(v) if matches!(v.tag, Tag::Left | Tag::Right) => {
            let inner = v.fields.first().cloned().unwrap_or(Value::Unit);
            poll_value(&inner, env, can_slice)
        }
        // `OptionFuture`, which `Option::into` makes: `Some` of the future's output, or `None`.
        Value::Variant(v) if v.tag == Tag::None => Ok(Polled::Ready(Value::option(None))),
        Value::Variant(v) if v.tag == Tag::Some => {
            let inner = v.fields.first().cloned().unwrap_or(Value::Unit);
            Ok(match poll_value(&inner, env, can_slice)? {
                Polled::Ready(output) => Polled::Ready(Value::option(Some(output))),
                unfinished => unfinished,
            })
        }
        // A program enum's `poll` gets the place that holds it, to write its next state to.
        Value::Guard(guard) => {
            let inner = guard.get();
            let program = &env.shared.program;
            match program.trait_method(&inner, "Future", "poll") {
                Some(poll) if matches!(&inner, Value::Variant(_)) => {
                    let cx = Value::Context(env.cx.waker().clone());
                    from_poll(&call_sync(
                        env,
                        &Value::Func(poll),
                        vec![value.clone(), cx],
                    )?)
                }
                _ => poll_value(&inner, env, can_slice),
            }
        }
        Value::Rc(_) => poll_value(&value.deref(), env, can_slice),
        Value::AsyncStream(obj) => match super::stream::poll_as_future(obj, env)? {
            Some(output) => Ok(Polled::Ready(output)),
            None => Err("`.await` needs a future, found a stream".into()),
        },
        Value::Channel(end) => match super::channel::poll_oneshot(end, env.cx)? {
            Some(Poll::Ready(value)) => Ok(Polled::Ready(value)),
            Some(Poll::Pending) => Ok(Polled::Pending),
            None => Err("`.await` needs a future, found a channel end".into()),
        },
        other => Err(format!("`.await` needs a future, found {}", other.type_name()).into()),
    }
}

/// Reads a `Poll` value returned by a hand-written `poll` or `poll_fn` closure.
pub fn from_poll(result: &Value) -> Result<Polled, Fault> {
    match result.as_variant() {
        Some(v) if v.tag == Tag::Ready => Ok(Polled::Ready(
            v.fields.first().cloned().unwrap_or(Value::Unit),
        )),
        Some(v) if v.tag == Tag::Pending => Ok(Polled::Pending),
        _ => Err(format!(
            "`poll` must return `Poll::Ready(..)` or `Poll::Pending`, found {}",
            result.type_name()
        )
        .into()),
    }
}

fn poll_state(
    state: &mut FutureObj,
    env: &mut Env<'_, '_>,
    can_slice: bool,
) -> Result<Polled, Fault> {
    // `yield_now()` is what most `.await`s in a loop of tasks poll: it is polled here, without
    // setting up the frame of every other kind of future.
    if let FutureObj::Yield(future) = state {
        let polled = poll_yield(future, env);
        if matches!(polled, Polled::Ready(_)) {
            // A `YieldNow` owns nothing: forgetting it spares the drop glue of every kind.
            std::mem::forget(std::mem::replace(state, FutureObj::Done));
        }
        return Ok(polled);
    }
    poll_any_state(state, env, can_slice)
}

// What lets a finished `yield_now()` be forgotten rather than dropped.
const _: () = assert!(!std::mem::needs_drop::<crate::executor::YieldNow>());

fn poll_yield(future: &mut crate::executor::YieldNow, env: &mut Env<'_, '_>) -> Polled {
    match Pin::new(future).poll(env.cx) {
        Poll::Ready(()) => Polled::Ready(Value::Unit),
        Poll::Pending => Polled::Pending,
    }
}

#[inline(never)]
fn poll_any_state(
    state: &mut FutureObj,
    env: &mut Env<'_, '_>,
    can_slice: bool,
) -> Result<Polled, Fault> {
    let polled = match state {
        FutureObj::Body(co) => resume_body(co, env, can_slice)?,
        FutureObj::Ready(value) => {
            Polled::Ready(value.take().ok_or("`Ready` polled after completion")?)
        }
        FutureObj::Pending => Polled::Pending,
        FutureObj::PollFn(f) => {
            let cx = Value::Context(env.cx.waker().clone());
            let f = f.clone();
            from_poll(&call_sync(env, &f, vec![cx])?)?
        }
        FutureObj::Join { .. } => poll_join(state, env, can_slice)?,
        FutureObj::Select { a, b, at_b } => poll_select(a, b, at_b, env, can_slice)?,
        FutureObj::Combinator(combinator) if combinator.outlives_output() => {
            return combinator.poll(env, can_slice)
        }
        FutureObj::Combinator(combinator) => combinator.poll(env, can_slice)?,
        FutureObj::Crate(combinator) => combinator.poll(env, can_slice)?,
        FutureObj::Native(future) => {
            let polled = future.as_mut().poll(env.cx);
            // A future of the crate's stream combinators may have run program code that
            // failed beneath it.
            super::stream::take_fault()?;
            match polled {
                Poll::Ready(value) => Polled::Ready(value),
                Poll::Pending => Polled::Pending,
            }
        }
        FutureObj::Yield(future) => poll_yield(future, env),
        FutureObj::Task(handle) => match Pin::new(handle).poll(env.cx) {
            Poll::Ready(value) => Polled::Ready(value),
            Poll::Pending => Polled::Pending,
        },
        FutureObj::Branches { .. } => poll_branches(state, env, can_slice)?,
        FutureObj::PendingOnce(done) => match std::mem::replace(done, true) {
            true => Polled::Ready(Value::Unit),
            false => Polled::Pending,
        },
        FutureObj::PollOnce(future) => match poll_value(future, env, can_slice)? {
            Polled::Ready(value) => Polled::Ready(Value::variant(Tag::Ready, vec![value])),
            Polled::Pending => Polled::Ready(Value::variant(Tag::Pending, Vec::new())),
            unfinished => unfinished,
        },
        FutureObj::Fuse(future) => match poll_value(future, env, can_slice)? {
            Polled::Ready(value) => {
                *state = FutureObj::Terminated;
                return Ok(Polled::Ready(value));
            }
            other => other,
        },
        FutureObj::Terminated => Polled::Pending,
        FutureObj::Next { stream, some_only } => match super::stream::poll_next(stream, env)? {
            Polled::Ready(item) if *some_only => match super::stream::some_item(&item) {
                Some(item) => Polled::Ready(item),
                None => {
                    // futures' `SelectNextSome` wakes itself at the stream's end and waits.
                    env.cx.waker().wake_by_ref();
                    Polled::Pending
                }
            },
            other => other,
        },
        FutureObj::Done => return Err("`async fn` resumed after completion".into()),
    };
    if matches!(polled, Polled::Ready(_)) {
        *state = FutureObj::Done;
    }
    Ok(polled)
}

/// Whether `value` is a future that has finished, which `select!` skips (futures'
/// `FusedFuture::is_terminated`).
pub fn is_terminated(value: &Value) -> bool {
    match value {
        Value::Future(obj) => obj.try_borrow().is_ok_and(|state| match &*state {
            FutureObj::Done | FutureObj::Terminated => true,
            FutureObj::Combinator(combinator) => combinator.is_terminated(),
            FutureObj::Next { stream, .. } => super::stream::is_terminated(stream),
            _ => false,
        }),
        _ => false,
    }
}

/// Resumes an `async` body: polling it inside another body's poll recurses natively, so each
/// level counts as a nested call.
fn resume_body(
    co: &mut Coroutine,
    env: &mut Env<'_, '_>,
    can_slice: bool,
) -> Result<Polled, Fault> {
    let _nested = env.shared.enter_nested()?;
    match co.resume(env, can_slice) {
        Ok(Step::Done(value)) => Ok(Polled::Ready(value)),
        Ok(Step::Pending) => Ok(Polled::Pending),
        Ok(Step::Sliced) => Ok(Polled::Sliced),
        Ok(Step::Paused) => Ok(Polled::Paused),
        Err(error) => Err(env.shared.nested_failure(error)),
    }
}

/// Polls every unfinished child in order, as futures' `join!`, `Join` and small `JoinAll` do.
/// A paused poll goes on from the child it stopped at. After a time slice ran out, the next
/// poll goes on from there too, then comes round to the children before it: they may have
/// woken the task in the poll that was cut short, and that wake was spent on this poll.
fn poll_join(
    state: &mut FutureObj,
    env: &mut Env<'_, '_>,
    can_slice: bool,
) -> Result<Polled, Fault> {
    let FutureObj::Join {
        children,
        outputs,
        as_vec,
        next,
        sliced,
        fails_fast,
    } = state
    else {
        return Ok(Polled::Pending);
    };
    let start = *next;
    let come_round = if std::mem::take(sliced) {
        0..start
    } else {
        0..0
    };
    for i in (start..children.len()).chain(come_round) {
        if outputs[i].is_some() {
            continue;
        }
        match poll_value(&children[i], env, can_slice)? {
            Polled::Ready(value) if *fails_fast && is_variant(&value, Tag::Err) => {
                return Ok(Polled::Ready(value));
            }
            Polled::Ready(value) => {
                outputs[i] = Some(value);
                children[i] = Value::Unit;
            }
            Polled::Pending => {}
            unfinished @ (Polled::Sliced | Polled::Paused) => {
                *next = i;
                *sliced = matches!(unfinished, Polled::Sliced);
                return Ok(unfinished);
            }
        }
    }
    *next = 0;
    if outputs.iter().any(Option::is_none) {
        return Ok(Polled::Pending);
    }
    let mut values: Vec<Value> = outputs.iter_mut().filter_map(Option::take).collect();
    if *fails_fast {
        values = values.iter().map(variant_payload).collect();
    }
    let joined = if *as_vec {
        Value::vec(values)
    } else {
        Value::Tuple(values.into())
    };
    Ok(Polled::Ready(if *fails_fast {
        Value::variant(Tag::Ok, vec![joined])
    } else {
        joined
    }))
}

fn is_variant(value: &Value, tag: Tag) -> bool {
    value.as_variant().is_some_and(|v| v.tag == tag)
}

/// The one field of `Ok(x)`, `Some(x)` and the like.
fn variant_payload(value: &Value) -> Value {
    value
        .as_variant()
        .and_then(|v| v.fields.first().cloned())
        .unwrap_or(Value::Unit)
}

/// One poll of `select!`: the unfinished futures in this round's order (source order, or
/// shuffled by the run's seed) until one is ready. A poll that paused or was sliced goes on
/// in the same round at the future it stopped at. When none was left to poll, `complete`
/// wins, or the program panics as futures' `select!` does.
fn poll_branches(
    state: &mut FutureObj,
    env: &mut Env<'_, '_>,
    can_slice: bool,
) -> Result<Polled, Fault> {
    let FutureObj::Branches {
        futures,
        biased,
        complete,
        order,
        resume_at,
        any_polled,
    } = state
    else {
        return Ok(Polled::Pending);
    };
    let start = match resume_at.take() {
        Some(at) => at,
        None => {
            *order = (0..futures.len()).collect();
            if !*biased {
                env.shared.shuffle(order);
            }
            *any_polled = false;
            0
        }
    };
    for (at, &i) in order.iter().enumerate().skip(start) {
        if is_terminated(&futures[i]) {
            continue;
        }
        match poll_value(&futures[i], env, can_slice)? {
            Polled::Ready(value) => {
                return Ok(Polled::Ready(Value::Tuple(
                    vec![Value::usize(i), value].into(),
                )))
            }
            Polled::Pending => *any_polled = true,
            unfinished @ (Polled::Sliced | Polled::Paused) => {
                *resume_at = Some(at);
                return Ok(unfinished);
            }
        }
    }
    match (*any_polled, *complete) {
        (true, _) => Ok(Polled::Pending),
        (false, true) => Ok(Polled::Ready(Value::Tuple(
            vec![Value::usize(futures.len()), Value::Unit].into(),
        ))),
        (false, false) => Err("all futures in select! were completed, \
             but no `complete =>` handler was provided"
            .into()),
    }
}

/// `select!` with a `default` branch: one round polled with a waker that does nothing, as
/// futures does; the `default` branch's index when nothing was ready.
pub fn select_now(
    env: &mut Env<'_, '_>,
    futures: Vec<Value>,
    biased: bool,
    complete: bool,
) -> Result<Value, Fault> {
    let default_index = futures.len() + 1;
    let mut state = FutureObj::Branches {
        futures,
        biased,
        complete,
        order: Vec::new(),
        resume_at: None,
        any_polled: false,
    };
    Ok(
        match with_noop_waker(env, |quiet| poll_branches(&mut state, quiet, false))? {
            Polled::Ready(chosen) => chosen,
            _ => Value::Tuple(vec![Value::usize(default_index), Value::Unit].into()),
        },
    )
}

/// `FutureExt::now_or_never`: `future`'s output if one poll with a waker that does nothing
/// finishes it.
pub fn poll_now(env: &mut Env<'_, '_>, future: &Value) -> Result<Option<Value>, Fault> {
    Ok(
        match with_noop_waker(env, |quiet| poll_value(future, quiet, false))? {
            Polled::Ready(output) => Some(output),
            _ => None,
        },
    )
}

/// Runs `poll` with a context whose waker does nothing, as futures' `noop_waker` gives.
fn with_noop_waker<T>(env: &mut Env<'_, '_>, poll: impl FnOnce(&mut Env<'_, '_>) -> T) -> T {
    let mut cx = Context::from_waker(std::task::Waker::noop());
    let mut quiet = Env {
        shared: env.shared,
        cx: &mut cx,
    };
    poll(&mut quiet)
}

/// Polls `a`, then `b`; the winner's output comes with the other, unfinished future.
fn poll_select(
    a: &Value,
    b: &Value,
    at_b: &mut bool,
    env: &mut Env<'_, '_>,
    can_slice: bool,
) -> Result<Polled, Fault> {
    if !*at_b {
        match poll_value(a, env, can_slice)? {
            Polled::Ready(value) => {
                return Ok(Polled::Ready(Value::variant(
                    Tag::Left,
                    vec![Value::Tuple(vec![value, b.clone()].into())],
                )))
            }
            unfinished @ (Polled::Sliced | Polled::Paused) => return Ok(unfinished),
            Polled::Pending => {}
        }
    }
    match poll_value(b, env, can_slice)? {
        Polled::Ready(value) => Ok(Polled::Ready(Value::variant(
            Tag::Right,
            vec![Value::Tuple(vec![value, a.clone()].into())],
        ))),
        unfinished @ (Polled::Sliced | Polled::Paused) => {
            *at_b = true;
            Ok(unfinished)
        }
        Polled::Pending => {
            *at_b = false;
            Ok(Polled::Pending)
        }
    }
}

/// A spawned interpreted task: what the executor polls for `spawn` and `block_on`.
pub struct TaskBody {
    /// The future the task runs.
    pub future: Value,
    /// The program it belongs to.
    pub shared: Rc<Shared>,
}

impl Future for TaskBody {
    type Output = Value;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Value> {
        // After a runtime error the program is over: no task may run any further.
        if self.shared.failed() {
            return Poll::Pending;
        }
        let shared = Rc::clone(&self.shared);
        shared.start_poll();
        let mut env = Env {
            shared: &shared,
            cx,
        };
        match poll_value(&self.future, &mut env, true) {
            Ok(Polled::Ready(value)) => Poll::Ready(value),
            Ok(Polled::Pending) => Poll::Pending,
            Ok(Polled::Sliced) => {
                cx.waker().wake_by_ref();
                Poll::Pending
            }
            Ok(Polled::Paused) => {
                shared.note_paused();
                Poll::Pending
            }
            Err(fault) => {
                shared.fail_unlocated(fault);
                Poll::Pending
            }
        }
    }
}
