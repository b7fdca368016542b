//! The program's `impl Drop` calls. Values are shared handles, so a struct whose type
//! implements `Drop` is dropped when its last handle goes, deep inside whatever released it,
//! where no program code can run. So its object only joins this queue there (with its fields
//! still in it), and the virtual machine runs the queued `drop(&mut self)` calls at its next
//! drop point in program order (see `vm.rs`), releasing the fields after each call as rustc
//! does. It must never run program code itself, and never queue the same object twice.

use std::cell::RefCell;
use std::rc::Weak;

use super::value::Value;

/// The objects waiting for their `drop` method, in the order their last handles went.
#[derive(Debug, Default)]
pub struct DropQueue {
    waiting: RefCell<Vec<Value>>,
}

/// What a struct type with `impl Drop` knows about its drop: the method and where to queue.
#[derive(Debug)]
pub struct DropHook {
    /// The `drop` method's function index.
    pub method: u32,
    /// The program's queue; gone once the program is, when objects are simply released.
    pub queue: Weak<DropQueue>,
}

impl DropQueue {
    /// How many objects wait: the mark a drop point compares with.
    pub fn len(&self) -> usize {
        self.waiting.borrow().len()
    }

    /// Whether no object waits.
    pub fn is_empty(&self) -> bool {
        self.waiting.borrow().is_empty()
    }

    /// Queues an object whose last handle went.
    pub fn push(&self, object: Value) {
        self.waiting.borrow_mut().push(object);
    }

    /// Takes the first object queued at or after `mark`.
    pub fn take_from(&self, mark: usize) -> Option<Value> {
        let mut waiting = self.waiting.borrow_mut();
        (mark < waiting.len()).then(|| waiting.remove(mark))
    }

    /// Moves the objects queued at or after `newer` to `mark`, ahead of the older ones waiting
    /// there: what a `drop` call released (its fields) is dropped before its next sibling.
    pub fn move_ahead(&self, newer: usize, mark: usize) {
        let mut waiting = self.waiting.borrow_mut();
        let count = waiting.len().saturating_sub(newer);
        if mark < newer && newer <= waiting.len() {
            waiting[mark..].rotate_right(count);
        }
    }

    /// Forgets every waiting object (a new run starts), releasing them without their drops.
    pub fn clear(&self) {
        let waiting = std::mem::take(&mut *self.waiting.borrow_mut());
        super::teardown::release(waiting);
    }
}
