//! One lane for `block_on`: the interpreter runs `block_on(future)` as a task of its own (named
//! `main`) that `fn main` waits for, but a compiled program polls that future on the main thread
//! itself, so the Timeline draws both on the lane of `fn main`. It must never join any other
//! tasks, nor change what the Tasks table (the executor's own account) lists.

use crate::executor::TaskSnapshot;
use crate::session::program::ROOT_TASK;

/// The name the interpreter gives the task that runs the future passed to `block_on`.
const BLOCK_ON_TASK: &str = "main";

/// Which task's lane the task `block_on` runs is drawn on, by task index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct BlockOnLane {
    fn_main: usize,
    block_on: usize,
}

impl BlockOnLane {
    /// The lane to join in a run of `tasks` (in spawn order): `fn main`'s, when `fn main` ran a
    /// `block_on`, which spawns its task right after it.
    pub(super) fn find(tasks: &[TaskSnapshot]) -> Option<BlockOnLane> {
        let fn_main = tasks
            .first()
            .filter(|task| task.task.name.as_str() == ROOT_TASK)?;
        let block_on = tasks
            .iter()
            .skip(1)
            .find(|task| task.task.name.as_str() == BLOCK_ON_TASK)?;
        Some(BlockOnLane {
            fn_main: fn_main.task.id.index(),
            block_on: block_on.task.id.index(),
        })
    }

    /// The task index of the lane that draws task `task`'s marks.
    pub(super) fn lane_of(this: Option<&BlockOnLane>, task: usize) -> usize {
        match this {
            Some(joined) if joined.block_on == task => joined.fn_main,
            _ => task,
        }
    }

    /// The task drawn on the lane of task `task`, besides `task` itself.
    pub(super) fn joined_to(&self, task: usize) -> Option<usize> {
        (task == self.fn_main).then_some(self.block_on)
    }
}
