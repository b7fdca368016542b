//! The bridge between interpreter values and the futures crate's traits: a future value as a
//! Rust `Future`, a stream value as a Rust `Stream`, and a program closure as a Rust function,
//! so that the crate's own combinators can run beneath the interpreter's values. It must never
//! let a poll beneath the crate pause or slice (the crate would go on to poll something else
//! in the same poll, breaking the executor's promise that a paused poll resumes first), and
//! never lose a fault: the first one is kept until the interpreter's poll that reached the
//! crate takes it back with [`take_fault`].

use std::cell::RefCell;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use futures::stream::{FusedStream, Stream};

use super::super::future::{poll_value, Polled};
use super::super::teardown::release_one;
use super::super::value::Value;
use super::super::vm::{call_sync, Fault};
use super::super::{Env, Shared};

thread_local! {
    /// The first fault raised beneath the crate's code since the interpreter last looked: the
    /// crate's traits cannot carry it, so it waits here for the poll that reached the crate.
    static FAULT: RefCell<Option<Fault>> = const { RefCell::new(None) };
}

thread_local! {
    /// Values whose drop was put off while a bridged value was already dropping: a stream
    /// adapted a hundred thousand times would otherwise drop one native frame per layer.
    static PUT_OFF: RefCell<Option<Vec<Value>>> = const { RefCell::new(None) };
}

/// Drops `value` level by level: a drop that starts while another is under way is put off
/// until that one is done, so nested streams and futures drop in a loop, not by recursion.
fn drop_level_by_level(value: Value) {
    let first = PUT_OFF.with(|slot| {
        let mut slot = slot.borrow_mut();
        match slot.as_mut() {
            Some(put_off) => {
                put_off.push(value);
                None
            }
            None => {
                *slot = Some(Vec::new());
                Some(value)
            }
        }
    });
    let Some(mut next) = first else {
        return;
    };
    loop {
        release_one(next);
        match PUT_OFF.with(|slot| slot.borrow_mut().as_mut().and_then(Vec::pop)) {
            Some(value) => next = value,
            None => break,
        }
    }
    PUT_OFF.with(|slot| *slot.borrow_mut() = None);
}

/// Keeps `fault` for the interpreter's poll to take, unless an earlier one waits already.
fn keep_fault(fault: Fault) {
    FAULT.with(|slot| {
        slot.borrow_mut().get_or_insert(fault);
    });
}

/// Whether a fault waits: then nothing more of the program may run beneath the crate.
fn faulted() -> bool {
    FAULT.with(|slot| slot.borrow().is_some())
}

/// Gives back the fault raised beneath the crate's code during the poll that just returned.
pub fn take_fault() -> Result<(), Fault> {
    match FAULT.with(|slot| slot.borrow_mut().take()) {
        Some(fault) => Err(fault),
        None => Ok(()),
    }
}

/// Runs `f` with an `Env` for `shared` and `cx`; a fault is kept, and `fallback` returned.
fn with_env<T>(
    shared: &Rc<Shared>,
    cx: &mut Context<'_>,
    fallback: T,
    f: impl FnOnce(&mut Env<'_, '_>) -> Result<T, Fault>,
) -> T {
    if faulted() {
        return fallback;
    }
    let mut env = Env { shared, cx };
    f(&mut env).unwrap_or_else(|fault| {
        keep_fault(fault);
        fallback
    })
}

/// Runs `f` where no poll is under way (a closure called by a combinator): wakes it asks for
/// go nowhere, as a closure of a compiled program has no `Context` either.
pub fn run_quietly<T>(
    shared: &Rc<Shared>,
    fallback: T,
    f: impl FnOnce(&mut Env<'_, '_>) -> Result<T, Fault>,
) -> T {
    let mut cx = Context::from_waker(Waker::noop());
    with_env(shared, &mut cx, fallback, f)
}

/// A program closure (or function) as the crate's combinators call it.
#[derive(Clone)]
pub struct Callback {
    shared: Rc<Shared>,
    function: Value,
}

impl Callback {
    /// `function` of the program `shared` runs.
    pub fn new(shared: &Rc<Shared>, function: Value) -> Callback {
        Callback {
            shared: Rc::clone(shared),
            function,
        }
    }

    /// Calls the function with `args`; a fault is kept and `()` returned.
    pub fn call(&self, args: Vec<Value>) -> Value {
        run_quietly(&self.shared, Value::Unit, |env| {
            call_sync(env, &self.function, args)
        })
    }

    /// Calls the function inside the poll of `cx` (`stream::poll_fn`'s closure).
    pub fn call_in(&self, cx: &mut Context<'_>, args: Vec<Value>) -> Value {
        with_env(&self.shared, cx, Value::Unit, |env| {
            call_sync(env, &self.function, args)
        })
    }

    /// Calls the function, which returns a future, and gives that future to the crate.
    pub fn call_future(&self, args: Vec<Value>) -> ValueFuture {
        ValueFuture::new(&self.shared, self.call(args))
    }
}

/// An interpreter future value polled by the crate's code.
pub struct ValueFuture {
    shared: Rc<Shared>,
    future: Value,
}

impl ValueFuture {
    /// `future` of the program `shared` runs.
    pub fn new(shared: &Rc<Shared>, future: Value) -> ValueFuture {
        ValueFuture {
            shared: Rc::clone(shared),
            future,
        }
    }
}

impl Drop for Callback {
    fn drop(&mut self) {
        drop_level_by_level(std::mem::take(&mut self.function));
    }
}

impl Drop for ValueFuture {
    fn drop(&mut self) {
        drop_level_by_level(std::mem::take(&mut self.future));
    }
}

impl Drop for ValueStream {
    fn drop(&mut self) {
        drop_level_by_level(std::mem::take(&mut self.stream));
    }
}

impl std::future::Future for ValueFuture {
    type Output = Value;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Value> {
        let this = self.get_mut();
        let shared = Rc::clone(&this.shared);
        with_env(&shared, cx, Poll::Pending, |env| {
            Ok(match poll_value(&this.future, env, false)? {
                Polled::Ready(value) => Poll::Ready(value),
                _ => Poll::Pending,
            })
        })
    }
}

/// An interpreter stream value (a channel's receiver, a program's `impl Stream`, another
/// combinator) polled by the crate's code.
pub struct ValueStream {
    shared: Rc<Shared>,
    stream: Value,
}

impl ValueStream {
    /// `stream` of the program `shared` runs.
    pub fn new(shared: &Rc<Shared>, stream: Value) -> ValueStream {
        ValueStream {
            shared: Rc::clone(shared),
            stream,
        }
    }
}

impl Stream for ValueStream {
    type Item = Value;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Value>> {
        let this = self.get_mut();
        let shared = Rc::clone(&this.shared);
        with_env(&shared, cx, Poll::Pending, |env| {
            Ok(match super::poll_next(&this.stream, env)? {
                Polled::Ready(item) => Poll::Ready(super::some_item(&item)),
                _ => Poll::Pending,
            })
        })
    }
}

impl FusedStream for ValueStream {
    fn is_terminated(&self) -> bool {
        super::is_terminated(&self.stream)
    }
}
