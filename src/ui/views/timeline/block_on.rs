//! One lane for `block_on`: the interpreter runs `block_on(future)` as a task of its own (named
//! `main`, and marked by the executor as running a `block_on`) that `fn main` waits for, but a
//! compiled program polls that future on the main thread itself, so the Timeline draws both on
//! one lane, shown under the name `main` that Narration, Console and Tasks give that task (and a
//! compiled program's output too), with `+ fn main` beside it. It must never join any other task
//! (a task the program itself named `main` keeps its lane), nor change what the Tasks table (the
//! executor's own account) lists.

use crate::executor::{TaskId, TaskSnapshot};
use crate::session::program::ROOT_TASK;

/// Which tasks' lanes the tasks `block_on` runs are drawn on, by task index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct BlockOnLane {
    fn_main: usize,
    block_on: Vec<usize>,
}

impl BlockOnLane {
    /// The lanes to join in a run of `tasks` (in spawn order) whose executor marked
    /// `block_on_tasks` as running a `block_on`: those go on `fn main`'s lane, when the run
    /// started from `fn main`, the only code that may call `block_on`.
    pub(super) fn find(tasks: &[TaskSnapshot], block_on_tasks: &[TaskId]) -> Option<BlockOnLane> {
        let fn_main = tasks
            .first()
            .filter(|task| task.task.name.as_str() == ROOT_TASK)?;
        let block_on: Vec<usize> = block_on_tasks.iter().map(|task| task.index()).collect();
        (!block_on.is_empty()).then(|| BlockOnLane {
            fn_main: fn_main.task.id.index(),
            block_on,
        })
    }

    /// The task index of the lane that draws task `task`'s marks.
    pub(super) fn lane_of(this: Option<&BlockOnLane>, task: usize) -> usize {
        match this {
            Some(joined) if joined.block_on.contains(&task) => joined.fn_main,
            _ => task,
        }
    }

    /// The tasks drawn on the lane of task `task`, besides `task` itself, in spawn order.
    pub(super) fn joined_to(&self, task: usize) -> &[usize] {
        if task == self.fn_main {
            &self.block_on
        } else {
            &[]
        }
    }
}
