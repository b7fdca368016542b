//! futures' `Mutex` (`futures::lock::Mutex`) over an interpreter value: the crate's own lock,
//! so which waiter gets the lock next and when it is woken are futures' own. A guard is a
//! `Guard` whose place is the crate's `OwnedMutexGuard`: the lock is released, and the next
//! waiter woken, when the program drops the guard's last handle. It must never block the
//! thread: a lock taken elsewhere makes `lock()` a pending future.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use futures::lock::{Mutex, OwnedMutexGuard};

use super::natives::native_future;
use super::sync::{sync_value, SyncObj};
use super::value::{Guard, Place, Value};
use super::vm::Fault;

/// A futures `Mutex` as the program holds it: its handles share the one lock.
pub type FuturesMutex = Arc<Mutex<Value>>;

/// `futures::lock::Mutex::new(value)`.
pub fn new(value: Value) -> Value {
    // futures' owned guards, which can outlive any borrow the interpreter could hold, need
    // the lock in an `Arc`; the playground's one thread never sends it elsewhere.
    #[allow(clippy::arc_with_non_send_sync)]
    let lock = Arc::new(Mutex::new(value));
    sync_value(SyncObj::FuturesMutex(lock))
}

/// The methods of a futures `Mutex`: `lock` (a future of the guard), `try_lock`, and
/// `get_mut` and `into_inner`, which rustc only allows while no guard is alive.
pub fn method(lock: &FuturesMutex, name: &str) -> Result<Option<Value>, Fault> {
    Ok(Some(match name {
        "lock" => {
            let lock = Arc::clone(lock);
            native_future(async move { guard(lock.lock_owned().await) })
        }
        "try_lock" => Value::option(lock.try_lock_owned().map(guard)),
        "get_mut" => lock
            .try_lock_owned()
            .map(guard)
            .ok_or("`get_mut` on a futures `Mutex` that a guard still holds")?,
        "into_inner" => lock
            .try_lock_owned()
            .map(|held| (*held).clone())
            .ok_or("`into_inner` on a futures `Mutex` that a guard still holds")?,
        _ => return Ok(None),
    }))
}

/// A guard the program reads and writes through, holding the lock until it drops.
fn guard(held: OwnedMutexGuard<Value>) -> Value {
    Value::Guard(Rc::new(Guard {
        place: Place::Locked(RefCell::new(held)),
        mutable: true,
    }))
}
