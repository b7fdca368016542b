//! The futures crate's own combinators over interpreted futures: `Shared` (`FutureExt::shared`),
//! `Abortable` (`future::abortable`, `Abortable::new` with `AbortHandle::new_pair`),
//! `select_all`, `select_ok` and `try_select` are the crate's code, polling interpreted futures wrapped as
//! [`Child`]ren, so their polling order, `swap_remove`/`remove` of the finished future, wake
//! forwarding and abort checks are futures' own.
//!
//! An interpreted poll may stop short: a time slice runs out (`Polled::Sliced`), the frame's
//! deadline pauses it (`Polled::Paused`), or the program faults. The crate's combinators cannot
//! be told, so a [`Gate`] makes them safe: once a child stops short, no later child is polled in
//! that poll (each says Pending), and the poll ends with the stop; when the combinator is polled
//! again, the children that said Pending before the stop say Pending again without being
//! polled, so the crate's code walks the same path to the child that stopped, which resumes
//! where it was. It must never poll an interpreted child twice for one poll of the program.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use futures::future::{
    AbortHandle, AbortRegistration, Abortable, Aborted, Either, SelectAll, SelectOk, Shared,
    TrySelect,
};
use futures::FutureExt as _;

use super::future::{future_value, poll_value, FutureObj, Polled};
use super::value::{deep_clone, Tag, Value};
use super::vm::Fault;
use super::{Env, Shared as Program};

/// How an interpreted child's poll stopped short.
enum Stop {
    /// Its time slice ran out: the task polls again at once.
    Sliced,
    /// The frame's deadline paused it: the executor resumes this poll first.
    Paused,
    /// The program faulted.
    Fault(Fault),
}

/// What the children of one crate combinator share: the program, this poll's `can_slice`,
/// and the record that replays a poll that stopped short.
struct Session {
    program: Rc<Program>,
    can_slice: Cell<bool>,
    /// Set by the child that stopped short in this poll.
    stop: RefCell<Option<Stop>>,
    /// The children that said Pending in this poll, by id, in order.
    pending: RefCell<Vec<usize>>,
    /// The children that said Pending before the last poll stopped short: each says Pending
    /// once more without a poll.
    replay: RefCell<Vec<usize>>,
    /// The next child's id.
    next_id: Cell<usize>,
}

/// A crate combinator's view of its interpreted children, made pause-safe.
pub struct Gate(Rc<Session>);

impl Gate {
    fn new(env: &Env<'_, '_>) -> Self {
        Gate(Rc::new(Session {
            program: Rc::clone(env.shared),
            can_slice: Cell::new(false),
            stop: RefCell::new(None),
            pending: RefCell::new(Vec::new()),
            replay: RefCell::new(Vec::new()),
            next_id: Cell::new(0),
        }))
    }

    /// Wraps `future` as a child of this gate.
    fn child(&self, future: Value) -> Child {
        let id = self.0.next_id.get();
        self.0.next_id.set(id + 1);
        Child {
            id,
            future,
            session: Rc::clone(&self.0),
        }
    }

    /// Runs one poll of the crate's combinator, `output` turning what it gives into the
    /// program's value; a child that stopped short ends the poll the same way.
    fn poll<T>(
        &self,
        env: &mut Env<'_, '_>,
        can_slice: bool,
        poll: impl FnOnce(&mut Context<'_>) -> Poll<T>,
        output: impl FnOnce(T) -> Value,
    ) -> Result<Polled, Fault> {
        let session = &self.0;
        session.can_slice.set(can_slice);
        let result = poll(env.cx);
        let pending = std::mem::take(&mut *session.pending.borrow_mut());
        let stop = session.stop.borrow_mut().take();
        let Some(stop) = stop else {
            session.replay.borrow_mut().clear();
            return Ok(match result {
                Poll::Ready(value) => Polled::Ready(output(value)),
                Poll::Pending => Polled::Pending,
            });
        };
        *session.replay.borrow_mut() = pending;
        match stop {
            Stop::Sliced => Ok(Polled::Sliced),
            Stop::Paused => Ok(Polled::Paused),
            Stop::Fault(fault) => Err(fault),
        }
    }
}

/// An interpreted future as the crate sees it: polled with whatever `Context` the crate's
/// combinator gives, under its gate.
pub struct Child {
    id: usize,
    future: Value,
    session: Rc<Session>,
}

impl Future for Child {
    type Output = Value;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Value> {
        let session = &self.session;
        if session.stop.borrow().is_some() {
            return Poll::Pending;
        }
        let replayed = {
            let mut replay = session.replay.borrow_mut();
            let at = replay.iter().position(|&id| id == self.id);
            at.map(|at| replay.remove(at)).is_some()
        };
        if replayed {
            session.pending.borrow_mut().push(self.id);
            return Poll::Pending;
        }
        let mut env = Env {
            shared: &session.program,
            cx,
        };
        let stop = match poll_value(&self.future, &mut env, session.can_slice.get()) {
            Ok(Polled::Ready(output)) => return Poll::Ready(output),
            Ok(Polled::Pending) => {
                session.pending.borrow_mut().push(self.id);
                return Poll::Pending;
            }
            Ok(Polled::Sliced) => Stop::Sliced,
            Ok(Polled::Paused) => Stop::Paused,
            Err(fault) => Stop::Fault(fault),
        };
        *session.stop.borrow_mut() = Some(stop);
        Poll::Pending
    }
}

/// A [`Child`] whose output is a `Result`, for the crate's `TryFuture` combinators.
pub struct TryChild(Child);

impl Future for TryChild {
    type Output = Result<Value, Value>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        self.0
            .poll_unpin(cx)
            .map(|output| match output.as_variant() {
                Some(v) if v.tag == Tag::Err => Err(payload(&output)),
                Some(v) if v.tag == Tag::Ok => Ok(payload(&output)),
                _ => Ok(output),
            })
    }
}

fn payload(value: &Value) -> Value {
    value
        .as_variant()
        .and_then(|v| v.fields.first().cloned())
        .unwrap_or(Value::Unit)
}

/// A crate combinator over interpreted futures.
pub enum CrateFuture {
    /// `FutureExt::shared`: one handle of the shared future.
    Shared(Gate, Shared<Child>),
    /// `Abortable`
    Abortable(Gate, Abortable<Child>),
    /// `future::select_all`
    SelectAll(Gate, SelectAll<Child>),
    /// `future::select_ok`
    SelectOk(Gate, SelectOk<TryChild>),
    /// `future::try_select`
    TrySelect(Gate, TrySelect<TryChild, TryChild>),
}

impl CrateFuture {
    /// Polls it once.
    pub fn poll(&mut self, env: &mut Env<'_, '_>, can_slice: bool) -> Result<Polled, Fault> {
        match self {
            CrateFuture::Shared(gate, shared) => gate.poll(
                env,
                can_slice,
                |cx| shared.poll_unpin(cx),
                // Each handle gets its own clone of the one output, as `Clone` makes it.
                |output| deep_clone(&output).unwrap_or(output),
            ),
            CrateFuture::Abortable(gate, abortable) => gate.poll(
                env,
                can_slice,
                |cx| abortable.poll_unpin(cx),
                |output| match output {
                    Ok(value) => Value::variant(Tag::Ok, vec![value]),
                    Err(Aborted) => Value::variant(Tag::Err, vec![aborted()]),
                },
            ),
            CrateFuture::SelectAll(gate, select) => gate.poll(
                env,
                can_slice,
                |cx| select.poll_unpin(cx),
                |(output, index, rest)| {
                    Value::Tuple(vec![output, Value::usize(index), rest_of(rest)].into())
                },
            ),
            CrateFuture::SelectOk(gate, select) => gate.poll(
                env,
                can_slice,
                |cx| select.poll_unpin(cx),
                |output| match output {
                    Ok((value, rest)) => {
                        let rest = rest.into_iter().map(|child| child.0).collect();
                        let pair = Value::Tuple(vec![value, rest_of(rest)].into());
                        Value::variant(Tag::Ok, vec![pair])
                    }
                    Err(error) => Value::variant(Tag::Err, vec![error]),
                },
            ),
            CrateFuture::TrySelect(gate, select) => gate.poll(
                env,
                can_slice,
                |cx| select.poll_unpin(cx),
                |output| match output {
                    Ok(either) => Value::variant(Tag::Ok, vec![either_value(either)]),
                    Err(either) => Value::variant(Tag::Err, vec![either_value(either)]),
                },
            ),
        }
    }
}

/// `Either::Left((output, other))` or `Either::Right(..)` of a selection between two
/// futures, with the unfinished one given back as the program's future.
fn either_value(either: Either<(Value, TryChild), (Value, TryChild)>) -> Value {
    let (tag, (output, other)) = match either {
        Either::Left(pair) => (Tag::Left, pair),
        Either::Right(pair) => (Tag::Right, pair),
    };
    Value::variant(tag, vec![Value::Tuple(vec![output, other.0.future].into())])
}

/// The futures a selection left, as the program's `Vec`.
fn rest_of(rest: Vec<Child>) -> Value {
    Value::vec(rest.into_iter().map(|child| child.future).collect())
}

/// futures' abort types as the program's values: the crate's own `AbortHandle`,
/// `AbortRegistration` (until `Abortable::new` takes it) and `Aborted`.
pub enum AbortValue {
    /// `AbortHandle`
    Handle(AbortHandle),
    /// `AbortRegistration`
    Registration(RefCell<Option<AbortRegistration>>),
    /// `Aborted`, the error of an aborted `Abortable`.
    Aborted,
}

fn abort_value(value: AbortValue) -> Value {
    Value::Abort(Rc::new(value))
}

/// futures' `Aborted`.
pub fn aborted() -> Value {
    abort_value(AbortValue::Aborted)
}

impl AbortValue {
    /// The type's name, for error messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            AbortValue::Handle(_) => "AbortHandle",
            AbortValue::Registration(_) => "AbortRegistration",
            AbortValue::Aborted => "Aborted",
        }
    }

    /// What `{}` prints, for the one that has `Display`.
    pub fn display(&self) -> Option<String> {
        matches!(self, AbortValue::Aborted).then(|| Aborted.to_string())
    }

    /// What `{:?}` prints: the crate's own `Debug`.
    pub fn debug(&self) -> String {
        match self {
            AbortValue::Handle(handle) => format!("{handle:?}"),
            AbortValue::Registration(registration) => match &*registration.borrow() {
                Some(registration) => format!("{registration:?}"),
                None => "AbortRegistration".to_string(),
            },
            AbortValue::Aborted => format!("{Aborted:?}"),
        }
    }

    /// Whether two are equal: only `Aborted` has `PartialEq`.
    pub fn equals(&self, other: &AbortValue) -> bool {
        matches!((self, other), (AbortValue::Aborted, AbortValue::Aborted))
    }

    /// Calls method `name`: `abort` and `is_aborted` of a handle, `handle` of a registration.
    pub fn method(&self, name: &str) -> Option<Value> {
        match (self, name) {
            (AbortValue::Handle(handle), "abort") => {
                handle.abort();
                Some(Value::Unit)
            }
            (AbortValue::Handle(handle), "is_aborted") => Some(Value::Bool(handle.is_aborted())),
            (AbortValue::Registration(registration), "handle") => registration
                .borrow()
                .as_ref()
                .map(|registration| abort_value(AbortValue::Handle(registration.handle()))),
            _ => None,
        }
    }
}

/// An `AbortHandle` as a value.
pub fn handle_value(handle: AbortHandle) -> Value {
    abort_value(AbortValue::Handle(handle))
}

/// `AbortHandle::new_pair()`: a handle and its registration.
pub fn abort_pair() -> Value {
    let (handle, registration) = AbortHandle::new_pair();
    Value::Tuple(
        vec![
            abort_value(AbortValue::Handle(handle)),
            abort_value(AbortValue::Registration(RefCell::new(Some(registration)))),
        ]
        .into(),
    )
}

/// `Abortable::new(future, registration)`
pub fn abortable_new(
    env: &Env<'_, '_>,
    future: Value,
    registration: &Value,
) -> Result<Value, Fault> {
    let Value::Abort(value) = registration else {
        return Err(format!(
            "`Abortable::new` needs an AbortRegistration, found {}",
            registration.type_name()
        )
        .into());
    };
    let AbortValue::Registration(registration) = &**value else {
        return Err(format!(
            "`Abortable::new` needs an AbortRegistration, found {}",
            value.type_name()
        )
        .into());
    };
    let registration = registration
        .borrow_mut()
        .take()
        .ok_or("this AbortRegistration was already given to an `Abortable`")?;
    let gate = Gate::new(env);
    let abortable = Abortable::new(gate.child(future), registration);
    Ok(future_value(FutureObj::Crate(CrateFuture::Abortable(
        gate, abortable,
    ))))
}

/// `future::abortable(future)`: the abortable future and its handle.
pub fn abortable(env: &Env<'_, '_>, future: Value) -> Result<Value, Fault> {
    let (handle, registration) = AbortHandle::new_pair();
    let registration = abort_value(AbortValue::Registration(RefCell::new(Some(registration))));
    let future = abortable_new(env, future, &registration)?;
    Ok(Value::Tuple(
        vec![future, abort_value(AbortValue::Handle(handle))].into(),
    ))
}

/// `FutureExt::shared`
pub fn shared(env: &Env<'_, '_>, future: Value) -> Value {
    let gate = Gate::new(env);
    let shared = gate.child(future).shared();
    future_value(FutureObj::Crate(CrateFuture::Shared(gate, shared)))
}

/// `Shared::peek`: its output once some handle finished it, without polling; `None` for
/// other futures.
pub fn peek_shared(state: &FutureObj) -> Option<Value> {
    match state {
        FutureObj::Crate(CrateFuture::Shared(_, shared)) => {
            Some(Value::option(shared.peek().cloned()))
        }
        _ => None,
    }
}

/// `clone()` of a future: another handle of a `Shared` future, or `None` for other futures,
/// which have no `Clone`.
pub fn clone_handle(state: &FutureObj) -> Option<Value> {
    match state {
        FutureObj::Crate(CrateFuture::Shared(gate, shared)) => {
            Some(future_value(FutureObj::Crate(CrateFuture::Shared(
                Gate(Rc::clone(&gate.0)),
                shared.clone(),
            ))))
        }
        _ => None,
    }
}

/// `Abortable::is_aborted`
pub fn is_aborted(state: &FutureObj) -> Option<bool> {
    match state {
        FutureObj::Crate(CrateFuture::Abortable(_, abortable)) => Some(abortable.is_aborted()),
        _ => None,
    }
}

/// `future::select_all(futures)`
pub fn select_all(env: &Env<'_, '_>, futures: Vec<Value>) -> Result<Value, Fault> {
    if futures.is_empty() {
        return Err("assertion failed: !ret.inner.is_empty()".into());
    }
    let gate = Gate::new(env);
    let select = futures::future::select_all(futures.into_iter().map(|f| gate.child(f)));
    Ok(future_value(FutureObj::Crate(CrateFuture::SelectAll(
        gate, select,
    ))))
}

/// `future::try_select(a, b)`
pub fn try_select(env: &Env<'_, '_>, a: Value, b: Value) -> Value {
    let gate = Gate::new(env);
    let select = futures::future::try_select(TryChild(gate.child(a)), TryChild(gate.child(b)));
    future_value(FutureObj::Crate(CrateFuture::TrySelect(gate, select)))
}

/// `future::select_ok(futures)`
pub fn select_ok(env: &Env<'_, '_>, futures: Vec<Value>) -> Result<Value, Fault> {
    if futures.is_empty() {
        return Err("iterator provided to select_ok was empty".into());
    }
    let gate = Gate::new(env);
    let children = futures.into_iter().map(|f| TryChild(gate.child(f)));
    let select = futures::future::select_ok(children);
    Ok(future_value(FutureObj::Crate(CrateFuture::SelectOk(
        gate, select,
    ))))
}
