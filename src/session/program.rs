//! Turns the editor's text into a runnable program: parse it (located diagnostics on failure),
//! then hand the interpreter's `fn main` to the executor as its root task. It never runs anything
//! itself; a `Run` does.

use std::cell::Cell;
use std::rc::Rc;

use crate::script::{eval, Diagnostic};

use super::run::Start;
use super::settings::{Mode, Settings};

/// How code becomes a runnable program (the interpreter, or compiled futures in tests).
pub type Prepare = fn(&str) -> Result<Start, Vec<Diagnostic>>;

/// Parses and checks `source`; on success, the returned `Start` spawns its `fn main`.
pub fn prepare(source: &str) -> Result<Start, Vec<Diagnostic>> {
    let checked = Cell::new(Some(eval::load(source)?));
    let source: Rc<str> = source.into();
    // Each run (and each replay for step back) gets a fresh program, so no state of an earlier
    // run leaks into it: the first gets the one just checked, which has never run; the others
    // load the same source again, which cannot fail.
    Ok(Rc::new(move |executor, settings: Settings| {
        let program = checked.take().or_else(|| eval::load(&source).ok())?;
        program.seed_choices(u64::from(settings.seed));
        if settings.mode == Mode::Threads {
            program.preempt(u64::from(settings.seed), settings.quantum);
        }
        executor.spawn(ROOT_TASK, program.main_future());
        Some(program)
    }))
}

/// What the editor shows about `source` before any run: every error that stops it (parse,
/// check, lowering), or else the checker's warnings.
pub fn diagnose(source: &str) -> Vec<Diagnostic> {
    match eval::load(source) {
        Ok(program) => program.warnings().to_vec(),
        Err(diagnostics) => diagnostics,
    }
}

/// The name of the task that runs `fn main`.
pub const ROOT_TASK: &str = "fn main";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::run::Run;

    #[test]
    fn only_the_task_block_on_runs_is_marked_as_running_a_block_on() {
        let source =
            "use async_playground::prelude::*;\nfn main() {\n    block_on(async {\n        \
                      spawn(\"main\", async { yield_now().await; }).await;\n    });\n    \
                      block_on(async {});\n}\n";
        let start = prepare(source).unwrap_or_else(|_| panic!("the program loads"));
        let mut run = Run::new(start, Settings::default());
        while run.has_work() {
            run.advance(64);
        }
        let names: Vec<String> = run
            .executor()
            .stats()
            .per_task
            .iter()
            .map(|task| task.task.name.as_str().to_owned())
            .collect();
        assert_eq!(names, ["fn main", "main", "main", "main"]);
        let marked: Vec<usize> = run
            .executor()
            .block_on_tasks()
            .iter()
            .map(|task| task.index())
            .collect();
        assert_eq!(
            marked,
            [1, 3],
            "the spawned task named main is not a block_on"
        );
    }
}
