//! std's threads and channels with the single-threaded meaning a playground program has: the
//! program's one thread (`thread::current`, `thread::park`, `Thread::unpark`), `std::sync::
//! mpsc::{channel, sync_channel}`, and the built-in functions and methods of this group, the
//! wakers' (`waker.rs`) and `LocalPool`'s (`local_pool.rs`). `Mutex` is a `RefCell` whose
//! `lock` cannot fail. It must never block the thread: a `park` is an await of the task that
//! parks, which only an `unpark` ends (nothing else can: the executor diagnoses the deadlock),
//! and a `recv` that no other thread could ever answer stops the program with that reason.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use std::task::{Poll, Waker};

use super::atomic::{self, is_atomic_type};
use super::channel::ChannelError;
use super::futures_mutex::{self, FuturesMutex};
use super::local_pool::{Pool, Spawner};
use super::natives::native_future;
use super::number::IntType;
use super::program::Native;
use super::teardown::release;
use super::value::{Tag, Value};
use super::vm::Fault;
use super::waker::{context_from, from_raw, make_waker, noop, WakeTrait};
use super::Env;

/// The built-in functions of this group, as the lowering resolves them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StdFn {
    /// `std::sync::mpsc::channel()`
    Channel,
    /// `std::sync::mpsc::sync_channel(bound)`
    SyncChannel,
    /// `thread::current()`
    ThreadCurrent,
    /// `thread::park()`, lowered as an await of the future it gives.
    Park,
    /// `Context::from_waker(&waker)`
    ContextFromWaker,
    /// `Waker::noop()`, `noop_waker()`, `noop_waker_ref()`
    NoopWaker,
    /// `Waker::from(arc)` (`Wake`) and `task::waker(arc)`, `task::waker_ref(&arc)` (`ArcWake`)
    WakerFrom(WakeTrait),
    /// `LocalPool::new()`
    LocalPoolNew,
    /// `futures::lock::Mutex::new(value)`, which the lowering tells from std's by its path.
    FuturesMutexNew,
    /// `AtomicBool::new(b)`, `AtomicUsize::new(n)`, ...: the integer type the atomic holds.
    AtomicNew(Option<IntType>),
    /// `AtomicWaker::new()`
    AtomicWakerNew,
    /// `Ordering::Relaxed` and the other memory orderings, which one thread never needs.
    MemoryOrdering,
    /// `std::ptr::null()`: the data pointer of the std docs' no-op `RawWaker`.
    NullPointer,
    /// `RawWakerVTable::new(clone, wake, wake_by_ref, drop)` and `RawWaker::new(data, vtable)`:
    /// a tuple of what they are made of.
    RawParts,
    /// `Waker::from_raw(raw)`
    WakerFromRaw,
}

/// The function of this group a path names by its last two segments.
pub fn std_fn(owner: &str, name: &str) -> Option<StdFn> {
    Some(match (owner, name) {
        ("mpsc", "sync_channel") => StdFn::SyncChannel,
        ("thread", "current") => StdFn::ThreadCurrent,
        ("thread", "park") => StdFn::Park,
        ("Context", "from_waker") => StdFn::ContextFromWaker,
        ("Waker", "noop") | ("" | "task", "noop_waker" | "noop_waker_ref") => StdFn::NoopWaker,
        ("Waker", "from") => StdFn::WakerFrom(WakeTrait::Wake),
        ("" | "task", "waker" | "waker_ref") => StdFn::WakerFrom(WakeTrait::ArcWake),
        ("LocalPool", "new") => StdFn::LocalPoolNew,
        ("AtomicWaker", "new") => StdFn::AtomicWakerNew,
        (atomic, "new") if is_atomic_type(atomic) => StdFn::AtomicNew(atomic::int_type(atomic)),
        ("ptr", "null") => StdFn::NullPointer,
        ("RawWakerVTable" | "RawWaker", "new") => StdFn::RawParts,
        ("Waker", "from_raw") => StdFn::WakerFromRaw,
        ("" | "Ordering", "Relaxed" | "Release" | "Acquire" | "AcqRel" | "SeqCst") => {
            StdFn::MemoryOrdering
        }
        _ => return None,
    })
}

/// Calls a function of this group.
pub fn call(env: &mut Env<'_, '_>, f: StdFn, args: Vec<Value>) -> Result<Value, Fault> {
    if f == StdFn::RawParts {
        return Ok(Value::Tuple(args.into()));
    }
    let arg = args.into_iter().next().unwrap_or(Value::Unit);
    Ok(match f {
        StdFn::Channel => channel(None),
        StdFn::SyncChannel => channel(Some(super::ops::as_index(&arg)?)),
        StdFn::ThreadCurrent => sync_value(SyncObj::Thread(Rc::clone(&env.shared.wakers.thread))),
        StdFn::Park => park(Rc::clone(&env.shared.wakers.thread)),
        StdFn::ContextFromWaker => context_from(&arg)?,
        StdFn::NoopWaker => noop(),
        StdFn::WakerFrom(kind) => make_waker(env, &arg, kind)?,
        StdFn::LocalPoolNew => sync_value(SyncObj::Pool(Pool::default())),
        StdFn::FuturesMutexNew => futures_mutex::new(arg),
        StdFn::AtomicNew(ty) => atomic::new(ty, arg)?,
        StdFn::AtomicWakerNew => atomic::new_atomic_waker(),
        StdFn::MemoryOrdering => Value::NativeFn(Native::Std(f)),
        StdFn::NullPointer | StdFn::RawParts => Value::Unit,
        StdFn::WakerFromRaw => from_raw(env, arg)?,
    })
}

/// A value of this group.
pub enum SyncObj {
    /// The program's one thread, as `thread::current()` gives it.
    Thread(Rc<ParkState>),
    /// A `Sender` or `SyncSender` of a std channel.
    Sender(SenderHandle),
    /// The `Receiver` of a std channel.
    Receiver(ReceiverHandle),
    /// futures' `LocalPool`.
    Pool(Pool),
    /// futures' `LocalSpawner`.
    Spawner(Spawner),
    /// futures' `Mutex`.
    FuturesMutex(FuturesMutex),
}

impl SyncObj {
    /// The type's name, for error messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            SyncObj::Thread(_) => "Thread",
            SyncObj::Sender(_) => "Sender",
            SyncObj::Receiver(_) => "Receiver",
            SyncObj::Pool(_) => "LocalPool",
            SyncObj::Spawner(_) => "LocalSpawner",
            SyncObj::FuturesMutex(_) => "Mutex",
        }
    }
}

/// Wraps a value of this group.
pub fn sync_value(obj: SyncObj) -> Value {
    Value::Sync(Rc::new(obj))
}

/// What `clone()` gives: a sender counts one more sender; the rest are handles already.
pub fn clone_obj(obj: &Rc<SyncObj>) -> Value {
    match &**obj {
        SyncObj::Sender(sender) => sync_value(SyncObj::Sender(sender.again())),
        SyncObj::Spawner(spawner) => sync_value(SyncObj::Spawner(spawner.clone())),
        _ => Value::Sync(Rc::clone(obj)),
    }
}

/// Calls method `name` of a value of this group; `None` when it has no such method.
pub fn method(
    env: &mut Env<'_, '_>,
    obj: &Rc<SyncObj>,
    name: &str,
    args: Vec<Value>,
) -> Result<Option<Value>, Fault> {
    if name == "clone" {
        return Ok(Some(clone_obj(obj)));
    }
    let arg = args.into_iter().next().unwrap_or(Value::Unit);
    Ok(Some(match (&**obj, name) {
        (SyncObj::Thread(state), "unpark") => {
            state.unpark();
            Value::Unit
        }
        (SyncObj::Sender(sender), "send") => sender.send(arg, false)?,
        (SyncObj::Sender(sender), "try_send") => sender.send(arg, true)?,
        (SyncObj::Receiver(receiver), "recv") => receiver.recv(env)?,
        (SyncObj::Receiver(receiver), "try_recv") => receiver.try_recv(),
        (SyncObj::Pool(pool), _) => return pool.method(env, name, arg),
        (SyncObj::Spawner(spawner), _) => return spawner.method(env, name, arg),
        (SyncObj::FuturesMutex(lock), _) => return futures_mutex::method(lock, name),
        _ => return Ok(None),
    }))
}

/// Whether the one thread was unparked since it last parked, and the waker of the task that
/// parks it.
#[derive(Default)]
pub struct ParkState {
    token: Cell<bool>,
    parked: RefCell<Option<Waker>>,
}

impl ParkState {
    fn unpark(&self) {
        self.token.set(true);
        let parked = self.parked.borrow_mut().take();
        if let Some(waker) = parked {
            waker.wake();
        }
    }
}

/// `thread::park()`: ready at once when an `unpark` came first, else the task waits for one.
fn park(state: Rc<ParkState>) -> Value {
    native_future(std::future::poll_fn(move |cx| {
        if state.token.replace(false) {
            Poll::Ready(Value::Unit)
        } else {
            *state.parked.borrow_mut() = Some(cx.waker().clone());
            Poll::Pending
        }
    }))
}

/// A std channel's queue, its bound (`sync_channel`) and who is still connected.
struct StdChannel {
    queue: RefCell<VecDeque<Value>>,
    bound: Option<usize>,
    senders: Cell<usize>,
    receiver: Cell<bool>,
}

fn channel(bound: Option<usize>) -> Value {
    let chan = Rc::new(StdChannel {
        queue: RefCell::default(),
        bound,
        senders: Cell::new(1),
        receiver: Cell::new(true),
    });
    let sender = sync_value(SyncObj::Sender(SenderHandle(Rc::clone(&chan))));
    let receiver = sync_value(SyncObj::Receiver(ReceiverHandle(chan)));
    Value::Tuple(vec![sender, receiver].into())
}

/// One sender of a std channel: the channel counts it until it drops.
pub struct SenderHandle(Rc<StdChannel>);

impl SenderHandle {
    fn again(&self) -> SenderHandle {
        self.0.senders.set(self.0.senders.get() + 1);
        SenderHandle(Rc::clone(&self.0))
    }

    /// `send` (`trying: false`) or `try_send`.
    fn send(&self, value: Value, trying: bool) -> Result<Value, Fault> {
        let chan = &self.0;
        let error = if !chan.receiver.get() {
            Some(if trying {
                ChannelError::StdTrySendDisconnected
            } else {
                ChannelError::StdSend
            })
        } else if chan
            .bound
            .is_some_and(|bound| chan.queue.borrow().len() >= bound)
        {
            if !trying {
                return Err(
                    "deadlock: `send` on a full `sync_channel` waits for a receiver, \
                     and the playground runs no other thread that could receive"
                        .into(),
                );
            }
            Some(ChannelError::StdTrySendFull)
        } else {
            None
        };
        Ok(match error {
            Some(error) => {
                release(vec![value]);
                Value::variant(Tag::Err, vec![Value::ChannelError(error)])
            }
            None => {
                chan.queue.borrow_mut().push_back(value);
                Value::variant(Tag::Ok, vec![Value::Unit])
            }
        })
    }
}

impl Drop for SenderHandle {
    fn drop(&mut self) {
        self.0.senders.set(self.0.senders.get().saturating_sub(1));
    }
}

/// The receiver of a std channel.
pub struct ReceiverHandle(Rc<StdChannel>);

impl ReceiverHandle {
    /// `recv`: the next message, `Err` once every sender is gone, and a deadlock when senders
    /// remain but no other thread could ever send.
    fn recv(&self, env: &Env<'_, '_>) -> Result<Value, Fault> {
        let chan = &self.0;
        if chan.queue.borrow().is_empty() {
            // Wakers no one holds let go of what they kept alive, senders included.
            env.shared.wakers.collect();
            if chan.queue.borrow().is_empty() && chan.senders.get() > 0 {
                return Err(
                    "deadlock: `recv` waits for a message on an empty channel whose \
                     senders are alive, and the playground runs no other thread that could send"
                        .into(),
                );
            }
        }
        Ok(match chan.queue.borrow_mut().pop_front() {
            Some(value) => Value::variant(Tag::Ok, vec![value]),
            None => Value::variant(Tag::Err, vec![Value::ChannelError(ChannelError::StdRecv)]),
        })
    }

    fn try_recv(&self) -> Value {
        let chan = &self.0;
        match chan.queue.borrow_mut().pop_front() {
            Some(value) => Value::variant(Tag::Ok, vec![value]),
            None => {
                let error = match chan.senders.get() {
                    0 => ChannelError::StdTryRecvDisconnected,
                    _ => ChannelError::StdTryRecvEmpty,
                };
                Value::variant(Tag::Err, vec![Value::ChannelError(error)])
            }
        }
    }
}

impl Drop for ReceiverHandle {
    fn drop(&mut self) {
        self.0.receiver.set(false);
        let queued: Vec<Value> = self.0.queue.borrow_mut().drain(..).collect();
        release(queued);
    }
}
