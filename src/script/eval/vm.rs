//! The virtual machine: each interpreted body (a task, an `async fn` future, a closure call)
//! runs as a [`Coroutine`] with its own value stack and frame stack, so that `.await` can
//! suspend anywhere in an expression and resume at the same instruction on the next poll. It
//! must never hold a Rust borrow across a suspension, never recurse in Rust for program calls,
//! and never panic: every failure is a located [`RuntimeError`].

use std::rc::Rc;

use super::future::{poll_value, recycle_future, yield_future, Polled};
use super::matching::matches;
use super::number::{small_arith, IntType};
use super::order::may_hold_program_type;
use super::program::{Native, Op, Proto};
use super::teardown::{release, release_one};
use super::traits::{binary_by_impl, into_future_by_impl, is_program_type};
use super::value::{compact_int, copy_struct, deep_clone, Tag, Value, VariantObj};
use super::{ops, Env, RuntimeError};
use crate::script::ast::BinOp;
use crate::script::limits::Limit;
use crate::script::stack::{StackGuard, TooDeep};

/// Steps a task may run between awaits before it yields to let other tasks (and the page) run.
pub const SLICE_STEPS: u32 = 100_000;
/// Steps between two looks at the frame's deadline: a paused poll resumes next frame, so a poll
/// that spawns a thousand tasks no longer has to fit in one frame.
const STEPS_PER_TIME_CHECK: u32 = 512;

/// A copy of a value behind a `&mut`, written back when it goes out of scope, however the
/// scope is left: the dispatch loop counts its instruction pointer and its steps in copies,
/// which the compiler keeps in registers, where each count through the reference would be a
/// store to memory.
struct WriteBack<'a, T: Copy> {
    value: T,
    target: &'a mut T,
}

impl<'a, T: Copy> WriteBack<'a, T> {
    #[inline(always)]
    fn new(target: &'a mut T) -> Self {
        WriteBack {
            value: *target,
            target,
        }
    }
}

impl<T: Copy> std::ops::Deref for WriteBack<'_, T> {
    type Target = T;

    #[inline(always)]
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T: Copy> std::ops::DerefMut for WriteBack<'_, T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut T {
        &mut self.value
    }
}

impl<T: Copy> Drop for WriteBack<'_, T> {
    #[inline(always)]
    fn drop(&mut self) {
        *self.target = self.value;
    }
}

/// Why a [`Coroutine`] stopped running.
pub enum Step {
    /// The body returned this value.
    Done(Value),
    /// It awaits a pending future; poll again after a wake.
    Pending,
    /// It used up its time slice; poll again at once.
    Sliced,
    /// The frame's deadline passed mid-poll: the executor resumes this same poll next tick.
    Paused,
}

/// The steps left in a time slice, handed out in stretches of at most
/// [`STEPS_PER_TIME_CHECK`] so that the hot loop counts down one number.
#[derive(Clone, Copy)]
struct Countdown {
    /// Steps left in this stretch.
    stretch: u32,
    /// Steps of the slice after this stretch.
    after: u32,
    /// What `stretch` stood at when its steps were last counted against the step budget.
    uncounted_from: u32,
}

impl Countdown {
    fn new(slice: u32) -> Countdown {
        Countdown {
            stretch: 0,
            after: slice,
            uncounted_from: 0,
        }
        .next_stretch()
    }

    fn next_stretch(self) -> Countdown {
        let stretch = self.after.min(STEPS_PER_TIME_CHECK);
        Countdown {
            stretch,
            after: self.after - stretch,
            uncounted_from: stretch,
        }
    }

    /// The steps run since they were last counted, marking them counted.
    fn take_uncounted(&mut self) -> u64 {
        let steps = self.uncounted_from.saturating_sub(self.stretch);
        // Right after a pause the stretch stands one above: the step that ended the last
        // stretch, counted there, runs again when the poll resumes (see `end_stretch`).
        self.uncounted_from = self.uncounted_from.min(self.stretch);
        u64::from(steps)
    }
}

struct Frame {
    proto: Rc<Proto>,
    pc: usize,
    base: usize,
    /// The length of the program's drop queue when the frame was entered: its drop points run
    /// the `drop` calls queued since, never those its callers still wait for.
    entry_mark: usize,
    /// While it runs queued `drop` calls: the queue position of the next one.
    draining: Option<usize>,
    /// A `drop` call, whose result nothing takes.
    discard_result: bool,
}

/// A resumable interpreted body: its frames and values survive between polls.
pub struct Coroutine {
    stack: Vec<Value>,
    frames: Vec<Frame>,
    /// Where its time slice stood when its poll paused, to go on with the same slice.
    paused: Option<Countdown>,
    /// The queue position of the next `drop` call to run once the body has returned (the
    /// locals of its outermost frame are dropped after it).
    final_drops: Option<usize>,
}

// A body dropped before it finished (a cancelled future) drops its values as rustc drops a
// suspended `async` body's: the temporaries, then the locals in reverse declaration order, then
// what it captured. Deep values drop level by level (see `teardown`), as with the instructions
// that discard a value.
impl Drop for Coroutine {
    fn drop(&mut self) {
        let values = std::mem::take(&mut self.stack);
        let captured = self.frames.first().map(|frame| &frame.proto.captured);
        release(in_drop_order(values, captured.map_or(&[], Vec::as_slice)));
    }
}

/// The values of a frame (slot `n` at index `n`, temporaries after) in the order rustc drops
/// them: the temporaries and locals in reverse, then the captured values in the order the body
/// first names them.
fn in_drop_order(mut values: Vec<Value>, captured: &[u16]) -> Vec<Value> {
    let captures: Vec<Value> = (captured.iter())
        .filter_map(|&slot| values.get_mut(slot as usize).map(std::mem::take))
        .collect();
    values.reverse();
    values.extend(captures);
    values
}

/// What running the top frame ended with.
enum Flow {
    /// Frames changed (call or return): continue with the new top frame.
    Switch,
    /// Stop, keeping the frame at the current instruction.
    Suspend(Step),
}

/// An error not yet located: why an instruction failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The program panicked with this message, as its compiled build would.
    Panic(String),
    /// The program reached a playground limit; the message says where the limit stands.
    Limit(Limit, String),
}

impl From<String> for Fault {
    fn from(message: String) -> Fault {
        Fault::Panic(message)
    }
}

impl From<&str> for Fault {
    fn from(message: &str) -> Fault {
        Fault::Panic(message.to_string())
    }
}

impl From<TooDeep> for Fault {
    fn from(too_deep: TooDeep) -> Fault {
        Fault::Limit(Limit::Nesting, too_deep.to_string())
    }
}

impl Coroutine {
    /// A body about to run `proto` with `args` in its first slots and `captures` placed.
    pub fn new(proto: Rc<Proto>, args: Vec<Value>, captures: &[(u16, Value)]) -> Coroutine {
        let mut co = Coroutine {
            stack: Vec::with_capacity(16),
            frames: Vec::new(),
            paused: None,
            final_drops: None,
        };
        co.enter(proto, args, captures, 0);
        co
    }

    fn enter(
        &mut self,
        proto: Rc<Proto>,
        args: Vec<Value>,
        captures: &[(u16, Value)],
        entry_mark: usize,
    ) {
        let base = self.stack.len();
        self.stack.extend(args);
        self.stack.resize(base + proto.slots as usize, Value::Unit);
        for (slot, value) in captures {
            if let Some(cell) = self.stack.get_mut(base + *slot as usize) {
                *cell = value.clone();
            }
        }
        self.frames.push(Frame {
            proto,
            pc: 0,
            base,
            entry_mark,
            draining: None,
            discard_result: false,
        });
    }

    /// Runs until the body returns, suspends on a pending future, or (when `can_slice`) uses
    /// up its time slice or pauses for the frame's deadline. A paused body goes on with the
    /// same slice, so pausing never moves a preemption point in threads mode.
    pub fn resume(&mut self, env: &mut Env<'_, '_>, can_slice: bool) -> Result<Step, RuntimeError> {
        let mut slice = match self.paused.take() {
            Some(countdown) => countdown,
            None => Countdown::new(env.shared.start_slice()),
        };
        loop {
            let Some(frame) = self.frames.last() else {
                if self.run_final_drop(env) {
                    continue;
                }
                return Ok(Step::Done(self.stack.pop().unwrap_or(Value::Unit)));
            };
            let proto = Rc::clone(&frame.proto);
            let mut pc = frame.pc;
            let flow = self
                .run_frame(&proto, &mut pc, env, can_slice, &mut slice)
                .and_then(|flow| {
                    // Whenever the body stops, suspended or finished, its steps count: a task
                    // that awaits again and again spends the budget as surely as a long loop.
                    // A pause for the frame's deadline comes at a moment no replay repeats, so
                    // it only adds them, leaving the check to the same points in every run.
                    match flow {
                        Flow::Suspend(Step::Paused) => {
                            env.shared.add_steps(slice.take_uncounted());
                        }
                        Flow::Suspend(_) => env.shared.count_steps(slice.take_uncounted())?,
                        Flow::Switch if self.frames.is_empty() => {
                            env.shared.count_steps(slice.take_uncounted())?;
                        }
                        Flow::Switch => {}
                    }
                    Ok(flow)
                });
            match flow {
                Ok(Flow::Switch) => {}
                Ok(Flow::Suspend(step)) => {
                    if let Some(frame) = self.frames.last_mut() {
                        frame.pc = pc;
                    }
                    if matches!(step, Step::Paused) {
                        self.paused = Some(slice);
                    }
                    return Ok(step);
                }
                Err(fault) => return Err(env.shared.locate(fault, &proto, pc)),
            }
        }
    }

    fn run_frame(
        &mut self,
        proto: &Proto,
        pc: &mut usize,
        env: &mut Env<'_, '_>,
        can_slice: bool,
        slice: &mut Countdown,
    ) -> Result<Flow, Fault> {
        let base = self.frames.last().map_or(0, |f| f.base);
        if let Some(flow) = self.next_drop(env, *pc)? {
            return Ok(flow);
        }
        let mut pc = WriteBack::new(pc);
        let mut slice = WriteBack::new(slice);
        loop {
            slice.stretch -= 1;
            if slice.stretch == 0 {
                // On a copy: handing out the address of the loop's own would keep it in memory.
                let mut ended = *slice;
                let step = end_stretch(&mut ended, env, can_slice);
                *slice = ended;
                if let Some(step) = step? {
                    return Ok(Flow::Suspend(step));
                }
            }
            let Some(op) = proto.code.get(*pc) else {
                return Err("instruction out of range".into());
            };
            *pc += 1;
            match op {
                Op::Int(i, ty) => self.stack.push(Value::Int(*i, *ty)),
                Op::Load(slot) => {
                    let value = load_value(&self.stack[base + *slot as usize])?;
                    self.stack.push(value);
                }
                Op::Store(slot) => {
                    let value = self.pop();
                    release_one(std::mem::replace(
                        &mut self.stack[base + *slot as usize],
                        value,
                    ));
                    if let Some(flow) = self.drop_point(env, *pc)? {
                        return Ok(flow);
                    }
                }
                Op::Box(slot) | Op::LoadCell(slot) | Op::StoreCell(slot) | Op::TakeCell(slot) => {
                    self.cell_op(op, base + *slot as usize)?;
                    if let Some(flow) = self.drop_point(env, *pc)? {
                        return Ok(flow);
                    }
                }
                Op::Binary(op) => self.binary(env, *op)?,
                Op::UpdateLocal(slot, op) => self.update_local(base + *slot as usize, *op)?,
                Op::UpdateLocalInt(slot, op, k, ty) => {
                    self.update_with_typed_int(base + *slot as usize, *op, *k, *ty)?
                }
                Op::UpdateLocalFrom(slot, op, from) => match self.stack[base + *from as usize] {
                    Value::Int(k, ty) => {
                        self.update_with_typed_int(base + *slot as usize, *op, k, ty)?
                    }
                    ref other => {
                        let value = load_value(other)?;
                        self.stack.push(value);
                        self.update_local(base + *slot as usize, *op)?;
                    }
                },
                Op::CompareJump(op, to) => {
                    if !self.compare(env, *op)? {
                        *pc = *to as usize;
                    }
                }
                Op::CompareIntJump(op, k, ty, to) => {
                    self.stack.push(Value::Int(*k, *ty));
                    if !self.compare(env, *op)? {
                        *pc = *to as usize;
                    }
                }
                Op::CompareLocalJump(slot, op, k, ty, to) => {
                    if !self.compare_local(env, base + *slot as usize, *op, *k, *ty)? {
                        *pc = *to as usize;
                    }
                }
                Op::Jump(to) => *pc = *to as usize,
                Op::LoadStatic(key, to) => {
                    let made = env
                        .shared
                        .thread_locals
                        .borrow()
                        .get(*key as usize)
                        .cloned();
                    if let Some(Some(value)) = made {
                        self.stack.push(value);
                        *pc = *to as usize;
                    }
                }
                Op::StoreStatic(key) => {
                    let value = self.stack.last().cloned().unwrap_or_default();
                    let mut keys = env.shared.thread_locals.borrow_mut();
                    if keys.len() <= *key as usize {
                        keys.resize(*key as usize + 1, None);
                    }
                    keys[*key as usize] = Some(value);
                }
                Op::JumpIfFalse(to) => {
                    if !ops::truth(self.pop())? {
                        *pc = *to as usize;
                    }
                }
                Op::Pop => {
                    release_one(self.pop());
                    if let Some(flow) = self.drop_point(env, *pc)? {
                        return Ok(flow);
                    }
                }
                Op::IterNext(slot, to) => {
                    match super::iter::next_item(&mut self.stack[base + *slot as usize], env)? {
                        Some(item) => self.stack.push(item),
                        None => *pc = *to as usize,
                    }
                }
                Op::Call(f, argc) => {
                    let callee = env
                        .shared
                        .program
                        .funcs
                        .get(*f as usize)
                        .cloned()
                        .ok_or("no such function")?;
                    let args = self.take_args(*argc);
                    if let Some(flow) = self.call(env, callee, args, &[], *pc)? {
                        return Ok(flow);
                    }
                }
                Op::Await => {
                    let mut future = self.stack.last().cloned().unwrap_or(Value::Unit);
                    if is_program_type(&future) {
                        if let Some(converted) = into_future_by_impl(env, &future)? {
                            // `.await` calls `into_future` once, then polls what it gave.
                            self.pop();
                            self.stack.push(converted.clone());
                            future = converted;
                        }
                    }
                    match poll_value(&future, env, can_slice)? {
                        Polled::Ready(value) => {
                            drop(future);
                            recycle_future(env.shared, self.pop());
                            self.stack.push(value);
                        }
                        Polled::Pending => {
                            *pc -= 1;
                            env.shared.note_suspension(proto.spans.get(*pc).copied());
                            return Ok(Flow::Suspend(Step::Pending));
                        }
                        Polled::Sliced => {
                            *pc -= 1;
                            return Ok(Flow::Suspend(Step::Sliced));
                        }
                        Polled::Paused => {
                            *pc -= 1;
                            return Ok(Flow::Suspend(Step::Paused));
                        }
                    }
                }
                Op::Return => return Ok(self.ret(env)),
                Op::Try => {
                    if let Some(failure) = ops::try_unwrap(&mut self.stack)? {
                        self.stack.push(failure);
                        return Ok(self.ret(env));
                    }
                }
                Op::TrySplit(to) => {
                    let value = self.pop();
                    let variant = value.as_variant().ok_or("`?` needs a Result")?;
                    self.stack
                        .push(variant.fields.first().cloned().unwrap_or(Value::Unit));
                    match variant.tag {
                        Tag::Ok => {}
                        Tag::Err => *pc = *to as usize,
                        _ => return Err("`?` needs a Result".into()),
                    }
                }
                Op::ReadySplit(to) => {
                    let value = self.pop();
                    let variant = value.as_variant().ok_or("`ready!` needs a Poll")?;
                    match variant.tag {
                        Tag::Ready => self
                            .stack
                            .push(variant.fields.first().cloned().unwrap_or(Value::Unit)),
                        Tag::Pending => {
                            self.stack.push(value);
                            *pc = *to as usize;
                        }
                        _ => return Err("`ready!` needs a Poll".into()),
                    }
                }
                Op::CallValue(argc) => {
                    let args = self.take_args(*argc);
                    let callee = self.pop();
                    if let Some(flow) = self.call_value(env, callee, args, *pc)? {
                        return Ok(flow);
                    }
                }
                Op::Method(name, argc) => {
                    let args = self.take_args(*argc);
                    let receiver = self.pop();
                    if let Some(flow) = self.method(env, receiver, *name, args, *pc)? {
                        return Ok(flow);
                    }
                }
                Op::TraitMethod(call, argc) => {
                    let mut args = self.take_args(*argc);
                    let receiver = self.pop();
                    let program = &env.shared.program;
                    let (trait_name, name) = &program.trait_calls[*call as usize];
                    let method = &program.names[*name as usize];
                    let name = *name;
                    let flow = match program.trait_method(&receiver.deref(), trait_name, method) {
                        Some(f) => {
                            let proto =
                                (program.funcs.get(f as usize).cloned()).ok_or("no such method")?;
                            args.insert(0, receiver);
                            self.call(env, proto, args, &[], *pc)?
                        }
                        None => self.method(env, receiver, name, args, *pc)?,
                    };
                    if let Some(flow) = flow {
                        return Ok(flow);
                    }
                }
                Op::Match(index) => {
                    let value = self.pop();
                    let pat = &env.shared.program.patterns[*index as usize];
                    let ok = matches(pat, &value, &mut self.stack[base..])?;
                    self.stack.push(Value::Bool(ok));
                }
                Op::Test(index) => {
                    let value = self.stack.last().cloned().unwrap_or(Value::Unit);
                    let pat = &env.shared.program.patterns[*index as usize];
                    let ok = matches(pat, &value, &mut self.stack[base..])?;
                    self.stack.push(Value::Bool(ok));
                }
                Op::Const(i) => self.stack.push(proto.consts[*i as usize].clone()),
                Op::Unit => self.stack.push(Value::Unit),
                Op::Move(slot) => {
                    let local = &mut self.stack[base + *slot as usize];
                    let value = match is_copy(local) {
                        true => load_value(local)?,
                        false => std::mem::take(local),
                    };
                    self.stack.push(value);
                }
                Op::LoadPlace(slot, boxed) => {
                    let local = &self.stack[base + *slot as usize];
                    let value = match (local, boxed) {
                        (Value::RefCell(cell), true) => cell.value.borrow().clone(),
                        (local, _) => local.clone(),
                    };
                    self.stack.push(value);
                }
                Op::CopyValue(may_be_array) => {
                    let value = self.pop();
                    let copy = match may_be_array {
                        true => copy_of_items(&value)?,
                        false => None,
                    };
                    let value = match copy {
                        Some(copy) => copy,
                        None => load_value(&value)?,
                    };
                    self.stack.push(value);
                }
                Op::CopyArray(slot, owned) => {
                    let local = &mut self.stack[base + *slot as usize];
                    let value = match copy_of_items(local)? {
                        Some(copy) => copy,
                        None if *owned && !is_copy(local) => std::mem::take(local),
                        _ => load_value(local)?,
                    };
                    self.stack.push(value);
                }
                Op::MoveIfDrop(slot) => {
                    let local = &mut self.stack[base + *slot as usize];
                    if matches!(local, Value::Struct(obj) if obj.needs_drop) {
                        release_one(std::mem::take(local));
                    }
                }
                Op::Take(slot) => {
                    let value =
                        std::mem::replace(&mut self.stack[base + *slot as usize], Value::Unit);
                    self.stack.push(value);
                }
                Op::Clear(start, end) => {
                    // Locals drop in reverse declaration order, as rustc drops them.
                    let scope = &mut self.stack[base + *start as usize..base + *end as usize];
                    for slot in scope.iter_mut().rev() {
                        release_one(std::mem::take(slot));
                    }
                    if let Some(flow) = self.drop_point(env, *pc)? {
                        return Ok(flow);
                    }
                }
                // Built-in calls (`yield_now()` among them) go straight to `natives`, without
                // `data_op`'s dispatch over every other kind of operation.
                Op::Native(native, argc) => {
                    // `Box::new` and the like hand their argument back: only real work counts.
                    if *native != Native::Identity {
                        env.shared.add_steps(super::STEPS_PER_BUILT_IN);
                    }
                    let value = match native {
                        // Made here, without the call through `natives`: every turn of a
                        // yielding loop calls it.
                        Native::YieldNow if *argc == 0 => yield_future(env.shared),
                        _ => {
                            let args = self.take_args(*argc);
                            super::natives::call(env, *native, args)?
                        }
                    };
                    super::waker::run_wakes(env)?;
                    self.stack.push(value);
                }
                Op::MakeClosure(i) | Op::MakeAsync(i) => {
                    let is_async = matches!(op, Op::MakeAsync(_));
                    let value =
                        super::future::make_closure(env, *i, &self.stack[base..], is_async)?;
                    self.stack.push(value);
                }
                other => {
                    if matches!(other, Op::MethodInPlace(..) | Op::Format(_) | Op::Print(_)) {
                        env.shared.add_steps(super::STEPS_PER_BUILT_IN);
                    }
                    ops::data_op(other, &mut self.stack, env)?;
                    // An assignment drops the value it overwrites at once; temporaries wait
                    // for the end of their statement (its `Pop` or `Store`).
                    // So does `format!` (and the `println!` of the prelude, which formats
                    // first): its arguments' temporaries drop as it ends.
                    let ends_temporaries = matches!(
                        other,
                        Op::SetField(_) | Op::SetIndex | Op::SetDeref | Op::Format(_)
                    );
                    if ends_temporaries {
                        if let Some(flow) = self.drop_point(env, *pc)? {
                            return Ok(flow);
                        }
                    }
                }
            }
        }
    }

    /// After an instruction that may have released values: runs the `drop` calls queued since
    /// the frame was entered, one frame each, before the next instruction.
    #[inline]
    fn drop_point(&mut self, env: &mut Env<'_, '_>, pc: usize) -> Result<Option<Flow>, Fault> {
        let queue = &env.shared.program.drops;
        if queue.is_empty() {
            return Ok(None);
        }
        let Some(frame) = self.frames.last_mut() else {
            return Ok(None);
        };
        let mark = frame.entry_mark.min(queue.len());
        if queue.len() == mark {
            return Ok(None);
        }
        frame.draining = Some(mark);
        self.next_drop(env, pc)
    }

    /// Runs the next `drop` call the top frame waits for, if any, resuming it at `pc` after.
    fn next_drop(&mut self, env: &mut Env<'_, '_>, pc: usize) -> Result<Option<Flow>, Fault> {
        let Some(frame) = self.frames.last_mut() else {
            return Ok(None);
        };
        let Some(mark) = frame.draining else {
            return Ok(None);
        };
        let Some(object) = env.shared.program.drops.take_from(mark) else {
            frame.draining = None;
            return Ok(None);
        };
        frame.pc = pc;
        self.enter_drop(env, object)?;
        Ok(Some(Flow::Switch))
    }

    /// Enters the `drop` method of `object`, a queued struct, in a frame whose result is
    /// discarded; its fields are released when that frame returns.
    fn enter_drop(&mut self, env: &mut Env<'_, '_>, object: Value) -> Result<(), Fault> {
        let method = match &object {
            Value::Struct(obj) => obj.def.drop.as_ref().map(|hook| hook.method),
            _ => None,
        };
        let proto = method
            .and_then(|m| env.shared.program.funcs.get(m as usize).cloned())
            .ok_or("no such `drop` method")?;
        env.shared.check_call_depth(self.frames.len())?;
        env.shared.add_steps(super::STEPS_PER_CALL);
        let mark = env.shared.program.drops.len();
        self.enter(proto, vec![object], &[], mark);
        if let Some(frame) = self.frames.last_mut() {
            frame.discard_result = true;
        }
        Ok(())
    }

    /// Once the body has returned: enters the next `drop` call its last frame left, if any.
    fn run_final_drop(&mut self, env: &mut Env<'_, '_>) -> bool {
        let Some(mark) = self.final_drops else {
            return false;
        };
        match env.shared.program.drops.take_from(mark) {
            // Entering a drop fails only past the call depth, which an empty body cannot be.
            Some(object) => self.enter_drop(env, object).is_ok(),
            None => {
                self.final_drops = None;
                false
            }
        }
    }

    /// The shared-cell instructions on the local at stack index `at`.
    fn cell_op(&mut self, op: &Op, at: usize) -> Result<(), TooDeep> {
        match op {
            Op::Box(_) => {
                let value = std::mem::replace(&mut self.stack[at], Value::Unit);
                self.stack[at] = Value::ref_cell(value);
            }
            Op::LoadCell(_) => {
                let value = cell_contents(&self.stack[at])?;
                self.stack.push(value);
            }
            Op::StoreCell(_) => {
                let value = self.pop();
                let old = match &self.stack[at] {
                    Value::RefCell(cell) => std::mem::replace(&mut *cell.value.borrow_mut(), value),
                    _ => std::mem::replace(&mut self.stack[at], value),
                };
                release_one(old);
            }
            _ => {
                let value = match &self.stack[at] {
                    Value::RefCell(cell) => {
                        std::mem::replace(&mut *cell.value.borrow_mut(), Value::Unit)
                    }
                    _ => std::mem::replace(&mut self.stack[at], Value::Unit),
                };
                self.stack.push(value);
            }
        }
        Ok(())
    }

    /// Replaces the top two values by their combination; integers skip the generic path.
    fn binary(&mut self, env: &mut Env<'_, '_>, op: BinOp) -> Result<(), Fault> {
        if let [.., Value::Int(a, ta), Value::Int(b, tb)] = self.stack[..] {
            self.stack.pop();
            let Some(lhs) = self.stack.last_mut() else {
                return Ok(());
            };
            return match small_arith(op, a, ta, b, tb) {
                // In place: writing a whole `Value` would first drop the old one.
                Some(result) => {
                    if let Value::Int(value, ty) = lhs {
                        (*value, *ty) = result;
                    }
                    Ok(())
                }
                None => {
                    *lhs = ops::int_binary(op, compact_int(a, ta), compact_int(b, tb))?;
                    Ok(())
                }
            };
        }
        let rhs = self.pop();
        let lhs = self.pop();
        if may_hold_program_type(&lhs) {
            if let Some(value) = binary_by_impl(env, op, &lhs, &rhs)? {
                self.stack.push(value);
                return Ok(());
            }
        }
        self.stack.push(ops::binary(op, lhs, rhs)?);
        Ok(())
    }

    /// `local op= value` with the value on top: integers are updated in place.
    fn update_local(&mut self, at: usize, op: BinOp) -> Result<(), Fault> {
        let top = self.stack.len().saturating_sub(1);
        if let (Some(&Value::Int(b, tb)), true) = (self.stack.last(), at < top) {
            if let Some(local @ Value::Int(..)) = self.stack.get_mut(at) {
                update_int(local, op, b, tb)?;
                self.stack.truncate(top);
                return Ok(());
            }
        }
        let rhs = self.pop();
        let local = &mut self.stack[at];
        let lhs = std::mem::replace(local, Value::Unit);
        *local = ops::binary(op, lhs, rhs)?;
        Ok(())
    }

    /// `local op= k` for an integer `k` of type `ty` not on the stack: small enough to
    /// inline, so an integer local costs no call frame.
    #[inline(always)]
    fn update_with_typed_int(
        &mut self,
        at: usize,
        op: BinOp,
        k: i64,
        ty: IntType,
    ) -> Result<(), Fault> {
        if let Some(local @ Value::Int(..)) = self.stack.get_mut(at) {
            return update_int(local, op, k, ty);
        }
        self.update_other_with_int(at, op, k, ty)
    }

    /// `local op= k` when the local is not an integer: through the stack and `ops::binary`.
    #[cold]
    #[inline(never)]
    fn update_other_with_int(
        &mut self,
        at: usize,
        op: BinOp,
        k: i64,
        ty: IntType,
    ) -> Result<(), Fault> {
        self.stack.push(Value::Int(k, ty));
        self.update_local(at, op)
    }

    /// Compares the local at `at` with the integer `k` of type `ty`.
    #[inline(always)]
    fn compare_local(
        &mut self,
        env: &mut Env<'_, '_>,
        at: usize,
        op: BinOp,
        k: i64,
        ty: IntType,
    ) -> Result<bool, Fault> {
        if let Some(&Value::Int(a, ta)) = self.stack.get(at) {
            if let Some(holds) = compare_ints(op, a, ta, k, ty) {
                return Ok(holds);
            }
        }
        self.compare_other_local(env, at, op, k, ty)
    }

    /// `compare_local` when the local is not an integer: through the stack and `compare`.
    #[cold]
    #[inline(never)]
    fn compare_other_local(
        &mut self,
        env: &mut Env<'_, '_>,
        at: usize,
        op: BinOp,
        k: i64,
        ty: IntType,
    ) -> Result<bool, Fault> {
        let value = self.stack.get(at).map_or(Ok(Value::Unit), load_value)?;
        self.stack.push(value);
        self.stack.push(Value::Int(k, ty));
        self.compare(env, op)
    }

    /// Pops two values and compares them; integers skip building a `Value`.
    fn compare(&mut self, env: &mut Env<'_, '_>, op: BinOp) -> Result<bool, Fault> {
        let ints = match self.stack[..] {
            [.., Value::Int(a, ta), Value::Int(b, tb)] => compare_ints(op, a, ta, b, tb),
            _ => None,
        };
        if let Some(holds) = ints {
            self.stack.truncate(self.stack.len() - 2);
            return Ok(holds);
        }
        let rhs = self.pop();
        let lhs = self.pop();
        if may_hold_program_type(&lhs) {
            if let Some(value) = binary_by_impl(env, op, &lhs, &rhs)? {
                return ops::truth(value);
            }
        }
        ops::truth(ops::binary(op, lhs, rhs)?)
    }

    fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::Unit)
    }

    fn take_args(&mut self, argc: u16) -> Vec<Value> {
        let at = self.stack.len().saturating_sub(argc as usize);
        self.stack.split_off(at)
    }

    /// Returns from the top frame with the value on top of the stack, dropping its locals in
    /// reverse declaration order; the `drop` calls that queues run next, ahead of any that the
    /// caller was running (a struct's fields drop before its next sibling).
    fn ret(&mut self, env: &mut Env<'_, '_>) -> Flow {
        let value = self.pop();
        let queue = &env.shared.program.drops;
        let before = queue.len();
        let Some(frame) = self.frames.pop() else {
            self.stack.push(value);
            return Flow::Switch;
        };
        let locals: Vec<Value> = self.stack.drain(frame.base..).collect();
        release(in_drop_order(locals, &frame.proto.captured));
        if frame.discard_result {
            release_one(value);
        } else {
            self.stack.push(value);
        }
        if queue.len() > before {
            let draining = match self.frames.last_mut() {
                Some(caller) => &mut caller.draining,
                None => &mut self.final_drops,
            };
            let mark = draining.unwrap_or(before);
            queue.move_ahead(before, mark);
            *draining = Some(mark);
        }
        Flow::Switch
    }

    /// Calls a program function: async ones make a future, others get a new frame.
    fn call(
        &mut self,
        env: &mut Env<'_, '_>,
        callee: Rc<Proto>,
        args: Vec<Value>,
        captures: &[(u16, Value)],
        pc: usize,
    ) -> Result<Option<Flow>, Fault> {
        if callee.is_async {
            self.stack
                .push(super::future::async_body(callee, args, captures));
            return Ok(None);
        }
        env.shared.check_call_depth(self.frames.len())?;
        env.shared.add_steps(super::STEPS_PER_CALL);
        if let Some(frame) = self.frames.last_mut() {
            frame.pc = pc;
        }
        let mark = env.shared.program.drops.len();
        self.enter(callee, args, captures, mark);
        Ok(Some(Flow::Switch))
    }

    fn call_value(
        &mut self,
        env: &mut Env<'_, '_>,
        callee: Value,
        args: Vec<Value>,
        pc: usize,
    ) -> Result<Option<Flow>, Fault> {
        match callee.deref() {
            Value::Func(f) => {
                let proto = env
                    .shared
                    .program
                    .funcs
                    .get(f as usize)
                    .cloned()
                    .ok_or("no such function")?;
                self.call(env, proto, args, &[], pc)
            }
            Value::Closure(closure) => {
                let captures = closure_captures(&closure.proto.capture_slots, &closure.captures);
                self.call(env, Rc::clone(&closure.proto.body), args, &captures, pc)
            }
            Value::NativeFn(native) => {
                let value = super::natives::call(env, native, args)?;
                self.stack.push(value);
                Ok(None)
            }
            other => Err(format!("a {} is not callable", other.type_name()).into()),
        }
    }

    fn method(
        &mut self,
        env: &mut Env<'_, '_>,
        receiver: Value,
        name: u32,
        mut args: Vec<Value>,
        pc: usize,
    ) -> Result<Option<Flow>, Fault> {
        if let Some(f) = user_method(env, &receiver, name) {
            let proto = env
                .shared
                .program
                .funcs
                .get(f as usize)
                .cloned()
                .ok_or("no such method")?;
            args.insert(0, receiver);
            return self.call(env, proto, args, &[], pc);
        }
        env.shared.add_steps(super::STEPS_PER_BUILT_IN);
        let maybe_program = matches!(
            receiver,
            Value::Struct(_) | Value::Variant(_) | Value::Rc(_) | Value::Guard(_)
        );
        let target = if maybe_program {
            receiver.deref()
        } else {
            Value::Unit
        };
        let receiver = match is_program_type(&target) {
            true => {
                let method = env.shared.program.names[name as usize].clone();
                match super::traits::method_by_impl(env, &target, &method)? {
                    // `to_string` gives its text; an iterator takes the adapter's call.
                    Some(text) if method == "to_string" => {
                        self.stack.push(text);
                        return Ok(None);
                    }
                    Some(iter) => iter,
                    None => receiver,
                }
            }
            false => receiver,
        };
        let value = super::methods::call(env, receiver, name, args)?;
        self.stack.push(value);
        // A built-in may have woken a program's waker (a channel's send, say): its `wake`
        // runs now, as it would have run inside that call.
        super::waker::run_wakes(env)?;
        Ok(None)
    }
}

/// `*local op= rhs` for an integer local, in place: the common case writes the two fields,
/// since replacing the whole value would first drop the old one.
#[inline(always)]
fn update_int(local: &mut Value, op: BinOp, b: i64, tb: IntType) -> Result<(), Fault> {
    if let Value::Int(a, ta) = local {
        if let Some((value, ty)) = small_arith(op, *a, *ta, b, tb) {
            (*a, *ta) = (value, ty);
            return Ok(());
        }
        return update_int_widely(local, op, b, tb);
    }
    Ok(())
}

/// `update_int` beyond `small_arith`: other operators, overflow, and `u64` bits. Out of line,
/// so that the common case inlined where it is needed saves no registers for this one.
#[cold]
#[inline(never)]
fn update_int_widely(local: &mut Value, op: BinOp, b: i64, tb: IntType) -> Result<(), Fault> {
    if let Value::Int(a, ta) = *local {
        *local = Value::int(compact_int(a, ta).binary(op, compact_int(b, tb))?);
    }
    Ok(())
}

/// `a op b` for two compact integers (see `Value::Int`), `None` if `op` is no comparison.
/// Unless one of them keeps `u64` bits, their `i64`s compare as the numbers do.
#[inline]
fn compare_ints(op: BinOp, a: i64, ta: IntType, b: i64, tb: IntType) -> Option<bool> {
    let keeps_bits = |ty| matches!(ty, IntType::U64 | IntType::Usize);
    if keeps_bits(ta) || keeps_bits(tb) {
        return ops::int_compare(op, compact_int(a, ta), compact_int(b, tb));
    }
    Some(match op {
        BinOp::Eq => a == b,
        BinOp::Ne => a != b,
        BinOp::Lt => a < b,
        BinOp::Le => a <= b,
        BinOp::Gt => a > b,
        BinOp::Ge => a >= b,
        _ => return None,
    })
}

/// What reading a local gives: a copy of a `Copy` struct, or of a `Copy` tuple or enum value
/// that holds one (`(Point, u8)`, `Some(point)`), otherwise the (shared) value.
#[inline]
pub fn load_value(value: &Value) -> Result<Value, TooDeep> {
    Ok(match value {
        Value::Int(i, ty) => Value::Int(*i, *ty),
        Value::Struct(obj) if obj.def.is_copy => copy_struct(obj)?,
        Value::Tuple(_) | Value::Variant(_) if copy_parts(value, true) == Some(true) => {
            deep_clone(value)?
        }
        other => other.clone(),
    })
}

/// A fresh vector with copies of `value`'s items when it is a vector (an array, here) of
/// `Copy` items, or of such arrays (`[[u8; 2]; 2]`): copying such an array must not share its
/// items.
fn copy_of_items(value: &Value) -> Result<Option<Value>, TooDeep> {
    let _guard = StackGuard::enter()?;
    let Value::Vec(items) = value else {
        return Ok(None);
    };
    let items = items.borrow();
    let mut copies = Vec::with_capacity(items.len());
    for item in items.iter() {
        let copy = match item {
            Value::Vec(_) => match copy_of_items(item)? {
                Some(copy) => copy,
                None => return Ok(None),
            },
            item if is_copy(item) => load_value(item)?,
            _ => return Ok(None),
        };
        copies.push(copy);
    }
    Ok(Some(Value::vec(copies)))
}

/// Whether moving `value` copies it, as moving a `Copy` type does: scalars, `&str`, `Copy`
/// structs, and tuples and enum values of such. Collections, channel ends and map entries are
/// not: each must drop with its new owner. Anything unknown counts as `Copy`, so that a move
/// never empties a local that the program may read again.
fn is_copy(value: &Value) -> bool {
    match value {
        // A program enum counts as `Copy` by its payload here: a pattern that binds only its
        // `Copy` parts leaves it usable, so its move must not empty its local.
        Value::Tuple(_) | Value::Variant(_) => copy_parts(value, false).is_some(),
        value => is_copy_alone(value),
    }
}

/// Whether `value` is `Copy` as far as it alone tells: tuples and enum values answer `true`,
/// their parts deciding (see [`copy_parts`]).
fn is_copy_alone(value: &Value) -> bool {
    match value {
        Value::String(_)
        | Value::Vec(_)
        | Value::Future(_)
        | Value::Rc(_)
        | Value::RefCell(_)
        | Value::Guard(_)
        | Value::Iter(_)
        | Value::Listener(_)
        | Value::Stream(_)
        | Value::AsyncStream(_)
        | Value::Map(_)
        | Value::Entry(_)
        | Value::Channel(_)
        | Value::Sync(_) => false,
        Value::Struct(obj) => obj.def.is_copy,
        _ => true,
    }
}

/// Whether `value`, a tuple or enum value, holds a `Copy` struct when it is `Copy`; `None`
/// when it is not. `enums_decide` counts a program enum that does not derive `Copy` as not
/// `Copy`, whatever its payload.
fn copy_parts(value: &Value, enums_decide: bool) -> Option<bool> {
    let nests =
        |part: &Value| matches!(part, Value::Tuple(_) | Value::Variant(_) | Value::Struct(_));
    // Most are flat (`Some(3)`, `(i, "a")`): answered without a work list.
    let flat = match value {
        Value::Tuple(items) => Some(&items[..]),
        Value::Variant(variant) if !(enums_decide && not_copy_enum(variant)) => {
            Some(&variant.fields[..])
        }
        _ => None,
    }
    .filter(|parts| !parts.iter().any(nests));
    if let Some(parts) = flat {
        return parts.iter().all(is_copy_alone).then_some(false);
    }
    // A work list, not recursion: a value can nest as deep as a program likes. Past a few
    // values the answer is "not `Copy`": such a value holds more than plain data.
    let mut work = vec![value];
    let (mut seen, mut holds_struct) = (0, false);
    while let Some(value) = work.pop() {
        seen += 1;
        if seen > 64 || !is_copy_alone(value) {
            return None;
        }
        match value {
            Value::Tuple(items) => work.extend(items.iter()),
            Value::Variant(variant) => {
                if enums_decide && not_copy_enum(variant) {
                    return None;
                }
                work.extend(variant.fields.iter());
            }
            Value::Struct(_) => holds_struct = true,
            _ => {}
        }
    }
    Some(holds_struct)
}

/// Whether `variant` is of a program enum that does not derive `Copy`.
fn not_copy_enum(variant: &VariantObj) -> bool {
    variant.def.as_ref().is_some_and(|def| !def.is_copy)
}

/// The value in a local's shared cell (see `Op::Box`), read as a local is.
pub fn cell_contents(slot: &Value) -> Result<Value, TooDeep> {
    match slot {
        Value::RefCell(cell) => load_value(&cell.value.borrow()),
        other => load_value(other),
    }
}

/// The captured values of a closure paired with their slots.
pub fn closure_captures(slots: &[(u16, u16)], values: &[Value]) -> Vec<(u16, Value)> {
    slots
        .iter()
        .zip(values)
        .map(|(&(_, inner), value)| (inner, value.clone()))
        .collect()
}

/// The program method `name` of the receiver: from its struct's or enum's impls, from an impl
/// for its std type, or from a blanket impl.
pub fn user_method(env: &Env<'_, '_>, receiver: &Value, name: u32) -> Option<u32> {
    let program = &env.shared.program;
    let own = match receiver {
        Value::Struct(obj) => obj.def.methods.get(&name).copied(),
        Value::Variant(v) => match v.tag {
            Tag::User(e, _) => program.enums.get(e as usize)?.methods.get(&name).copied(),
            _ => None,
        },
        Value::Rc(_) | Value::Guard(_) => return user_method(env, &receiver.deref(), name),
        _ => None,
    };
    own.or_else(|| program.foreign_method(receiver, name))
}

/// A stretch of steps ran out: its steps count against the step budget; at the end of the
/// slice, a task that can be sliced yields; between stretches, one that can pauses if the
/// frame's deadline passed.
#[cold]
fn end_stretch(
    slice: &mut Countdown,
    env: &Env<'_, '_>,
    can_slice: bool,
) -> Result<Option<Step>, Fault> {
    env.shared.count_steps(slice.take_uncounted())?;
    if slice.after > 0 {
        *slice = slice.next_stretch();
        let paused = can_slice && crate::executor::pause_if_out_of_time();
        if paused {
            // The step that ended the stretch has not run yet: it runs first when the poll
            // resumes, and must not take a second step of the slice or the budget then.
            slice.stretch += 1;
        }
        return Ok(paused.then_some(Step::Paused));
    }
    *slice = Countdown::new(env.shared.start_slice());
    if can_slice {
        env.shared.note_slice_end();
        return Ok(Some(Step::Sliced));
    }
    Ok(None)
}

/// Runs a closure or function value to completion without suspending: for closures called by
/// built-in methods (`map`, `filter`, ...) and for hand-written `poll` methods.
pub fn call_sync(env: &mut Env<'_, '_>, callee: &Value, args: Vec<Value>) -> Result<Value, Fault> {
    let (proto, captures) = match callee.deref() {
        Value::Func(f) => (
            env.shared
                .program
                .funcs
                .get(f as usize)
                .cloned()
                .ok_or("no such function")?,
            Vec::new(),
        ),
        Value::Closure(c) => (
            Rc::clone(&c.proto.body),
            closure_captures(&c.proto.capture_slots, &c.captures),
        ),
        Value::NativeFn(native) => return super::natives::call(env, native, args),
        other => return Err(format!("a {} is not callable", other.type_name()).into()),
    };
    if proto.is_async {
        return Ok(super::future::async_body(proto, args, &captures));
    }
    let _nested = env.shared.enter_nested()?;
    env.shared.add_steps(super::STEPS_PER_NESTED_CALL);
    let mut co = Coroutine::new(proto, args, &captures);
    match co.resume(env, false) {
        Ok(Step::Done(value)) => Ok(value),
        Ok(_) => Err(
            "`block_on` cannot run inside a closure or a `poll` method in the playground".into(),
        ),
        Err(error) => Err(env.shared.nested_failure(error)),
    }
}
