//! futures' `LocalPool` and `LocalSpawner` over interpreted futures: `spawn_local` and
//! `spawn_local_with_handle` put them on the crate's own pool, and `run_until_stalled` and
//! `try_run_one` are the crate's own, so the order in which the pool polls its tasks, and
//! how their wakes reach it, are futures'.
//!
//! Two things are not the crate's code, and why:
//! - `run` and `run_until` are the crate's loop around its pool, written here over
//!   `run_until_stalled`: where futures' loop would park the thread until a wake from another
//!   thread, which in the page would freeze it for good, this one stops the program with a
//!   deadlock (the playground runs no other thread that could wake it). `run_until` polls its
//!   future, then runs the pool until it stalls, and goes round while the future was woken.
//! - The pause invariant (an interpreted poll that pauses for the frame's deadline is resumed
//!   first, before anything else runs) cannot hold inside the crate's pool: its loop is plain
//!   Rust inside one built-in call, which cannot return to the executor half-way and come back
//!   to the same poll. So the pool polls its tasks without pausing: a `run` happens within one
//!   poll of the task that calls it, however long it takes (the step budget still bounds it).
//!
//! Each task the pool runs is a guest task of the executor (`executor::adopt_guest`), named
//! `pool task N` in spawn order: its polls, and the wakes made through its waker, are recorded on
//! a lane of its own, as a learner's own executor's tasks are, so that spawning on a
//! `LocalPool` shows the tasks it makes.
//!
//! It must never let the crate's pool park the thread, nor run a pool inside a pool's task.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};

use crate::executor::TaskId;

use futures::executor::{LocalPool, LocalSpawner};
use futures::task::LocalSpawnExt;
use futures::FutureExt;

use super::future::{poll_value, Polled};
use super::natives::native_future;
use super::sync::{sync_value, SyncObj};
use super::value::{Tag, Value};
use super::vm::Fault;
use super::{Env, Shared};

/// What the pool's tasks share with it: how many are unfinished, how many were spawned, and
/// the first failure.
#[derive(Default)]
struct PoolState {
    live: Cell<usize>,
    spawned: Cell<usize>,
    failure: RefCell<Option<Fault>>,
}

/// futures' `LocalPool` holding interpreted tasks.
#[derive(Default)]
pub struct Pool {
    pool: RefCell<LocalPool>,
    state: Rc<PoolState>,
}

/// futures' `LocalSpawner` of a [`Pool`].
#[derive(Clone)]
pub struct Spawner {
    spawner: LocalSpawner,
    state: Rc<PoolState>,
}

thread_local! {
    /// Whether a pool is running: futures refuses to run an executor inside another.
    static RUNNING: Cell<bool> = const { Cell::new(false) };
}

impl Pool {
    /// The pool's methods; `None` for a name it lacks.
    pub fn method(
        &self,
        env: &mut Env<'_, '_>,
        name: &str,
        arg: Value,
    ) -> Result<Option<Value>, Fault> {
        Ok(Some(match name {
            "spawner" => sync_value(SyncObj::Spawner(Spawner {
                spawner: self.pool.borrow().spawner(),
                state: Rc::clone(&self.state),
            })),
            "run_until_stalled" => {
                self.run(|pool| pool.run_until_stalled())?;
                Value::Unit
            }
            "try_run_one" => Value::Bool(self.run(LocalPool::try_run_one)?),
            "run" => {
                self.run(|pool| pool.run_until_stalled())?;
                if self.state.live.get() > 0 {
                    return Err(deadlock("run"));
                }
                Value::Unit
            }
            "run_until" => self.run_until(env, arg)?,
            _ => return Ok(None),
        }))
    }

    /// Runs `body` on the crate's pool, then gives the first failure of its tasks.
    fn run<R>(&self, body: impl FnOnce(&mut LocalPool) -> R) -> Result<R, Fault> {
        if RUNNING.with(|running| running.replace(true)) {
            return Err("cannot execute `LocalPool` executor from within another executor".into());
        }
        let result = self.pool.try_borrow_mut().map(|mut pool| body(&mut pool));
        RUNNING.with(|running| running.set(false));
        let result = result.map_err(|_| "a `LocalPool` cannot run inside its own task")?;
        match self.state.failure.borrow_mut().take() {
            Some(fault) => Err(fault),
            None => Ok(result),
        }
    }

    /// `run_until(future)`: polls the future whenever it was woken, running the pool's tasks
    /// until they stall in between.
    fn run_until(&self, env: &mut Env<'_, '_>, future: Value) -> Result<Value, Fault> {
        let flag = Arc::new(Flag(AtomicBool::new(true)));
        let waker = Waker::from(Arc::clone(&flag));
        loop {
            if flag.0.swap(false, Ordering::AcqRel) {
                let mut cx = Context::from_waker(&waker);
                let mut inner = Env {
                    shared: env.shared,
                    cx: &mut cx,
                };
                if let Polled::Ready(value) = poll_value(&future, &mut inner, false)? {
                    return Ok(value);
                }
            }
            self.run(|pool| pool.run_until_stalled())?;
            if !flag.0.load(Ordering::Acquire) {
                return Err(deadlock("run_until"));
            }
        }
    }
}

fn deadlock(method: &str) -> Fault {
    format!(
        "deadlock: `LocalPool::{method}` waits for tasks that nothing can wake, and the \
         playground runs no other thread that could wake them"
    )
    .into()
}

/// The waker of `run_until`'s future: a flag the loop reads.
struct Flag(AtomicBool);

impl Wake for Flag {
    fn wake(self: Arc<Self>) {
        self.0.store(true, Ordering::Release);
    }
}

impl Spawner {
    /// The spawner's methods; `None` for a name it lacks.
    pub fn method(
        &self,
        env: &mut Env<'_, '_>,
        name: &str,
        future: Value,
    ) -> Result<Option<Value>, Fault> {
        let task = PoolTask::new(env, future, &self.state);
        let spawned = match name {
            "spawn_local" => self
                .spawner
                .spawn_local(task.map(drop))
                .map(|()| Value::Unit),
            "spawn_local_with_handle" => self
                .spawner
                .spawn_local_with_handle(task)
                .map(native_future),
            _ => return Ok(None),
        };
        Ok(Some(match spawned {
            Ok(value) => Value::variant(Tag::Ok, vec![value]),
            Err(_) => return Err("the `LocalPool` of this spawner is gone: SpawnError".into()),
        }))
    }
}

/// An interpreted future as a task of the crate's pool, and the guest task whose lane shows it.
struct PoolTask {
    future: Value,
    shared: Rc<Shared>,
    state: Rc<PoolState>,
    guest: Option<TaskId>,
    /// The pool's waker last polled with, and the guest's own waker around it.
    waker: Option<(Waker, Waker)>,
}

impl PoolTask {
    fn new(env: &Env<'_, '_>, future: Value, state: &Rc<PoolState>) -> PoolTask {
        state.live.set(state.live.get() + 1);
        state.spawned.set(state.spawned.get() + 1);
        let guest = crate::executor::adopt_guest(format!("pool task {}", state.spawned.get()));
        PoolTask {
            future,
            shared: Rc::clone(env.shared),
            state: Rc::clone(state),
            guest,
            waker: None,
        }
    }

    /// The waker to poll the future with, given the pool's waker `pool_waker`: one of its own
    /// while the pool's stays the same, so that `will_wake` holds across polls.
    fn waker(&mut self, pool_waker: &Waker) -> Waker {
        let Some(guest) = self.guest else {
            return pool_waker.clone();
        };
        if let Some((known, own)) = &self.waker {
            if known.will_wake(pool_waker) {
                return own.clone();
            }
        }
        let own = Waker::from(Arc::new(GuestWaker {
            pool_waker: pool_waker.clone(),
            guest,
        }));
        self.waker = Some((pool_waker.clone(), own.clone()));
        own
    }
}

/// A pool task's waker: the pool's own, which also records the wake on the task's lane.
struct GuestWaker {
    pool_waker: Waker,
    guest: TaskId,
}

impl Wake for GuestWaker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        crate::executor::record_guest_wake(self.guest);
        self.pool_waker.wake_by_ref();
    }
}

impl Drop for PoolTask {
    fn drop(&mut self) {
        self.state.live.set(self.state.live.get().saturating_sub(1));
    }
}

impl Future for PoolTask {
    type Output = Value;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Value> {
        let task = self.get_mut();
        if task.state.failure.borrow().is_some() {
            return Poll::Pending;
        }
        let shared = Rc::clone(&task.shared);
        let waker = task.waker(cx.waker());
        let mut context = Context::from_waker(&waker);
        let mut env = Env {
            shared: &shared,
            cx: &mut context,
        };
        let polled = match task.guest {
            Some(guest) => {
                crate::executor::as_guest(guest, || poll_value(&task.future, &mut env, false))
            }
            None => poll_value(&task.future, &mut env, false),
        };
        if let (Some(guest), Ok(polled)) = (task.guest, &polled) {
            crate::executor::record_guest_poll(guest, matches!(polled, Polled::Ready(_)));
        }
        match polled {
            Ok(Polled::Ready(value)) => Poll::Ready(value),
            Ok(_) => Poll::Pending,
            Err(fault) => {
                *task.state.failure.borrow_mut() = Some(fault);
                Poll::Pending
            }
        }
    }
}
