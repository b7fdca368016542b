//! Wakers a program makes itself: from an `Arc` of its own type implementing std's `Wake` or
//! futures' `ArcWake` (`Waker::from`, `.into()`, `task::waker`, `task::waker_ref`), the no-op
//! wakers, `Context::from_waker`, and a program's own `poll` calls with such a context. A
//! program waker is a real `std::task::Waker`, so the crate's code (channels, timers, join
//! handles) can hold and wake it; waking it only queues the wake, and the interpreter runs the
//! program's `wake`/`wake_by_ref` at its next instruction boundary, as compiled code would
//! have run it inside that call. A future a program polls with one of its wakers shows on the
//! Timeline as a guest task named after the waker's type: its polls and wakes are recorded
//! where the program makes them. It must never call into the program from inside a std waker,
//! and never let its own handles show in `Arc::strong_count`.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Wake, Waker};

use super::future::{poll_value, Polled};
use super::teardown::release;
use super::value::{Tag, Value};
use super::vm::{call_sync, Fault};
use super::Env;
use crate::executor::TaskId;

/// The trait through which a program's type wakes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WakeTrait {
    /// `std::task::Wake`: `wake(self: Arc<Self>)`, `wake_by_ref` optional.
    Wake,
    /// `futures::task::ArcWake`: `wake_by_ref(arc_self: &Arc<Self>)`, `wake` optional.
    ArcWake,
    /// `Waker::from_raw(RawWaker::new(data, &vtable))`: the vtable's `wake` and
    /// `wake_by_ref` functions, called with the data pointer (the std docs' no-op waker).
    Raw,
}

impl WakeTrait {
    fn name(self) -> &'static str {
        match self {
            WakeTrait::Wake => "Wake",
            WakeTrait::ArcWake => "ArcWake",
            WakeTrait::Raw => "RawWakerVTable",
        }
    }

    /// The program's method to run for a wake (`by_ref` for `wake_by_ref`), falling back to
    /// the other one as each trait's provided method does.
    fn method(self, by_ref: bool) -> [&'static str; 2] {
        match (self, by_ref) {
            (WakeTrait::Wake, true) => ["wake_by_ref", "wake"],
            (WakeTrait::Wake, false) => ["wake", "wake"],
            (WakeTrait::ArcWake, true) => ["wake_by_ref", "wake_by_ref"],
            (WakeTrait::ArcWake, false) => ["wake", "wake_by_ref"],
            (WakeTrait::Raw, true) => ["wake_by_ref", "wake_by_ref"],
            (WakeTrait::Raw, false) => ["wake", "wake"],
        }
    }
}

/// Wakes made through program wakers, waiting for the interpreter to run them. Std wakers
/// must be `Send + Sync`, hence the atomic and the lock, on a single thread.
#[derive(Default)]
struct Inbox {
    pending: AtomicBool,
    wakes: Mutex<Vec<(usize, bool)>>,
}

/// The std side of one program waker: which registry entry it wakes.
struct ProgramWake {
    entry: usize,
    inbox: Arc<Inbox>,
}

impl ProgramWake {
    fn queue(&self, by_ref: bool) {
        let mut wakes = self
            .inbox
            .wakes
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        wakes.push((self.entry, by_ref));
        self.inbox.pending.store(true, Ordering::Release);
    }
}

impl Wake for ProgramWake {
    fn wake(self: Arc<Self>) {
        self.queue(false);
    }

    fn wake_by_ref(self: &Arc<Self>) {
        self.queue(true);
    }
}

/// One `Arc` of the program that wakers were made from.
struct Entry {
    /// The `Arc`, to find the entry again from the program's value.
    weak: Weak<Value>,
    /// The `Arc` itself while some waker made from it lives: the wakers own it.
    target: Option<Value>,
    /// The std side; its strong count, less this one, is the number of live wakers.
    wake: Arc<ProgramWake>,
    kind: WakeTrait,
    /// The guest task of the futures polled with this waker, once one was.
    guest: Option<TaskId>,
}

/// Every program waker of a run, with the parked state of the program's one thread.
#[derive(Default)]
pub struct Wakers {
    inbox: Arc<Inbox>,
    entries: RefCell<Vec<Option<Entry>>>,
    /// How many guest tasks were named, for the next one's number.
    guests: Cell<usize>,
    /// `thread::park` and `Thread::unpark`.
    pub thread: Rc<super::sync::ParkState>,
}

impl Wakers {
    /// The std waker for the program's `Arc` `target`, one per `Arc`, so that `will_wake`
    /// holds between wakers made from the same one.
    fn waker_for(&self, target: &Rc<Value>, kind: WakeTrait) -> Waker {
        let mut entries = self.entries.borrow_mut();
        let found = entries.iter_mut().flatten().find(|entry| {
            entry
                .weak
                .upgrade()
                .is_some_and(|live| Rc::ptr_eq(&live, target))
        });
        if let Some(entry) = found {
            entry.target = Some(Value::Rc(Rc::clone(target)));
            return Waker::from(Arc::clone(&entry.wake));
        }
        let wake = Arc::new(ProgramWake {
            entry: entries.len(),
            inbox: Arc::clone(&self.inbox),
        });
        entries.push(Some(Entry {
            weak: Rc::downgrade(target),
            target: Some(Value::Rc(Rc::clone(target))),
            wake: Arc::clone(&wake),
            kind,
            guest: None,
        }));
        Waker::from(wake)
    }

    /// How many more handles of `rc` the program holds than `Rc::strong_count` says: each live
    /// waker made from it holds one, and the registry's own one is not the program's.
    pub fn extra_handles(&self, rc: &Rc<Value>) -> isize {
        let entries = self.entries.borrow();
        let entry = entries.iter().flatten().find(|entry| {
            entry.target.is_some() && entry.weak.upgrade().is_some_and(|t| Rc::ptr_eq(&t, rc))
        });
        entry.map_or(0, |entry| Arc::strong_count(&entry.wake) as isize - 2)
    }

    /// Lets go of the `Arc`s no waker holds any more, so that what they own drops (a task
    /// holding a channel's sender, say) as it would in compiled code.
    pub fn collect(&self) {
        let mut released = Vec::new();
        for slot in self.entries.borrow_mut().iter_mut() {
            let Some(entry) = slot else { continue };
            if Arc::strong_count(&entry.wake) == 1 {
                released.extend(entry.target.take());
                if entry.weak.strong_count() == 0 {
                    *slot = None;
                }
            }
        }
        release(released);
    }

    /// The entry a std waker belongs to, if it is a program waker.
    fn entry_of(&self, waker: &Waker) -> Option<usize> {
        let entries = self.entries.borrow();
        entries.iter().enumerate().find_map(|(i, entry)| {
            let entry = entry.as_ref()?;
            (waker.data() == Arc::as_ptr(&entry.wake).cast()).then_some(i)
        })
    }

    /// The guest task polled with `waker`, adopted by the executor on its first poll.
    fn guest_of(&self, waker: &Waker) -> Option<TaskId> {
        let i = self.entry_of(waker)?;
        let mut entries = self.entries.borrow_mut();
        let entry = entries.get_mut(i)?.as_mut()?;
        if entry.guest.is_none() {
            let type_name = match entry.weak.upgrade().map(|t| t.deref()) {
                Some(Value::Struct(obj)) => obj.def.name.clone(),
                _ => "task".to_string(),
            };
            let number = self.guests.get() + 1;
            self.guests.set(number);
            entry.guest = crate::executor::adopt_guest(format!("{type_name} {number}"));
        }
        entry.guest
    }

    /// `waker.wake()` on a waker the program keeps using the value of: a program waker's
    /// `wake` (not `wake_by_ref`) is what runs, as when the waker is consumed.
    fn wake_by_value(&self, waker: &Waker) {
        match self.entry_of(waker) {
            Some(i) => {
                let entries = self.entries.borrow();
                if let Some(entry) = entries.get(i).and_then(Option::as_ref) {
                    entry.wake.queue(false);
                }
            }
            None => waker.wake_by_ref(),
        }
    }

    /// The queued wakes, taking them.
    fn take_wakes(&self) -> Vec<(usize, bool)> {
        if !self.inbox.pending.load(Ordering::Relaxed)
            || !self.inbox.pending.swap(false, Ordering::Acquire)
        {
            return Vec::new();
        }
        let mut wakes = self
            .inbox
            .wakes
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        std::mem::take(&mut *wakes)
    }

    /// The `Arc`, trait and guest task of entry `i`.
    fn target(&self, i: usize) -> Option<(Value, WakeTrait, Option<TaskId>)> {
        let entries = self.entries.borrow();
        let entry = entries.get(i)?.as_ref()?;
        let target = entry.weak.upgrade().map(Value::Rc)?;
        Some((target, entry.kind, entry.guest))
    }
}

/// `Waker::from_raw(raw)`, `raw` being `RawWaker::new(data, &vtable)`: a waker whose wakes
/// call the vtable's functions with the data (its `clone` and `drop` are not called: cloning
/// and dropping the waker has no effect the program could see through them).
pub fn from_raw(env: &Env<'_, '_>, raw: Value) -> Result<Value, Fault> {
    make_waker(env, &Value::Rc(Rc::new(raw)), WakeTrait::Raw)
}

/// A waker from the program's `Arc` `target`, whose type implements `kind`.
pub fn make_waker(env: &Env<'_, '_>, target: &Value, kind: WakeTrait) -> Result<Value, Fault> {
    let Value::Rc(rc) = target else {
        return Err(format!(
            "a waker is made from an `Arc` of a type implementing `{}`, found {}",
            kind.name(),
            target.type_name()
        )
        .into());
    };
    let implemented = wake_call(env, target, kind, false).is_some();
    if !implemented {
        return Err(format!(
            "the type in this `Arc` does not implement `{}`",
            kind.name()
        )
        .into());
    }
    Ok(Value::Waker(env.shared.wakers.waker_for(rc, kind)))
}

/// `arc.into()` for an `Arc` whose type implements `Wake`: the waker; `None` otherwise.
pub fn into_waker(env: &Env<'_, '_>, receiver: &Value) -> Result<Option<Value>, Fault> {
    match wake_method(env, receiver, WakeTrait::Wake, "wake") {
        Some(_) => make_waker(env, receiver, WakeTrait::Wake).map(Some),
        None => Ok(None),
    }
}

/// The function a wake runs and what it is called with: the program's method of the trait
/// with the `Arc`, or the raw vtable's function with the data pointer.
fn wake_call(
    env: &Env<'_, '_>,
    target: &Value,
    kind: WakeTrait,
    by_ref: bool,
) -> Option<(Value, Value)> {
    if kind == WakeTrait::Raw {
        let Value::Tuple(raw) = target.deref() else {
            return None;
        };
        let (data, vtable) = (raw.first()?.clone(), raw.get(1)?.deref());
        let Value::Tuple(functions) = vtable else {
            return None;
        };
        let slot = if by_ref { 2 } else { 1 };
        return Some((functions.get(slot)?.clone(), data));
    }
    kind.method(by_ref)
        .into_iter()
        .find_map(|method| wake_method(env, target, kind, method))
        .map(|f| (Value::Func(f), target.clone()))
}

fn wake_method(env: &Env<'_, '_>, target: &Value, kind: WakeTrait, method: &str) -> Option<u32> {
    env.shared
        .program
        .trait_method(&target.deref(), kind.name(), method)
}

/// Runs the program's `wake`/`wake_by_ref` for every wake queued since the last time, in the
/// order they were made, recording each on its guest task's lane.
#[inline]
pub fn run_wakes(env: &mut Env<'_, '_>) -> Result<(), Fault> {
    // Every built-in call and poll comes here, and almost none has a wake queued: the flag is
    // read in place, so that those pay no call.
    if env.shared.wakers.inbox.pending.load(Ordering::Relaxed) {
        run_queued_wakes(env)
    } else {
        Ok(())
    }
}

fn run_queued_wakes(env: &mut Env<'_, '_>) -> Result<(), Fault> {
    loop {
        let wakes = env.shared.wakers.take_wakes();
        if wakes.is_empty() {
            return Ok(());
        }
        for (i, by_ref) in wakes {
            let Some((target, kind, guest)) = env.shared.wakers.target(i) else {
                continue;
            };
            if let Some(task) = guest {
                crate::executor::record_guest_wake(task);
            }
            if let Some((f, arg)) = wake_call(env, &target, kind, by_ref) {
                call_sync(env, &f, vec![arg])?;
            }
        }
    }
}

/// `future.poll(cx)` written by the program: one poll of `future` with the context's waker,
/// recorded on the waker's guest task when it is a program waker. The poll runs to its end
/// without pausing for the frame's deadline: the program's own loop around it is plain Rust
/// that the executor could not resume part-way.
pub fn poll_with(
    env: &mut Env<'_, '_>,
    future: &Value,
    cx: Option<&Value>,
) -> Result<Value, Fault> {
    let waker = match cx {
        Some(Value::Context(waker)) => waker.clone(),
        _ => env.cx.waker().clone(),
    };
    let guest = env.shared.wakers.guest_of(&waker);
    let mut context = Context::from_waker(&waker);
    let mut inner = Env {
        shared: env.shared,
        cx: &mut context,
    };
    let polled = match guest {
        Some(task) => crate::executor::as_guest(task, || poll_value(future, &mut inner, false))?,
        None => poll_value(future, &mut inner, false)?,
    };
    if let Some(task) = guest {
        crate::executor::record_guest_poll(task, matches!(polled, Polled::Ready(_)));
    }
    run_wakes(env)?;
    Ok(match polled {
        Polled::Ready(value) => Value::variant(Tag::Ready, vec![value]),
        _ => Value::variant(Tag::Pending, Vec::new()),
    })
}

/// The methods of a `Context` and of a `Waker`; `None` for a name they lack.
pub fn waker_method(
    env: &mut Env<'_, '_>,
    receiver: &Value,
    waker: &Waker,
    name: &str,
    args: &[Value],
) -> Result<Option<Value>, Fault> {
    Ok(Some(match (receiver, name, args) {
        (Value::Context(_), "waker", _) | (Value::Waker(_), "clone", _) => {
            Value::Waker(waker.clone())
        }
        (Value::Waker(_), "wake" | "wake_by_ref", _) => {
            match name {
                "wake" => env.shared.wakers.wake_by_value(waker),
                _ => waker.wake_by_ref(),
            }
            run_wakes(env)?;
            Value::Unit
        }
        (Value::Waker(_), "will_wake", [Value::Waker(other)]) => {
            Value::Bool(waker.will_wake(other))
        }
        _ => return Ok(None),
    }))
}

/// `Context::from_waker(&waker)`.
pub fn context_from(waker: &Value) -> Result<Value, Fault> {
    match waker {
        Value::Waker(waker) | Value::Context(waker) => Ok(Value::Context(waker.clone())),
        other => Err(format!(
            "`Context::from_waker` needs a waker, found {}",
            other.type_name()
        )
        .into()),
    }
}

/// `Waker::noop()`, `futures::task::noop_waker()` and `noop_waker_ref()`.
pub fn noop() -> Value {
    Value::Waker(Waker::noop().clone())
}
