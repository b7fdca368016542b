//! The run that warms the engine up while the learner reads (`ui::warm_up` plays it and renders
//! the views from it). A browser compiles each WebAssembly function on its first call, and first
//! with a quick compiler whose code runs slower, so the learner's first Run would pay inside its
//! own frames for compiling the parser, the interpreter and the executor: its first frames ran
//! 9–13 ms of script. A throwaway run of [`PROGRAM`], in short slices between frames right after
//! the page shows, pays that beforehand. It shows nothing, stores nothing and changes no session.

use std::rc::Rc;

use crate::executor::{Deadline, Executor};

use crate::session::program::prepare;
use crate::session::run::Run;
use crate::session::settings::Settings;

/// The program the warm-up runs: small, but it reaches the code that most programs do, and the
/// biggest functions above all. Its method call alone (the interpreter's dispatch of every
/// method) took 7 ms to compile, and sorting 4 ms, in the first frames of a learner's run of
/// spawned workers collected in a `Vec`, which the lesson's first preset never reached.
pub const PROGRAM: &str = "use async_playground::prelude::{println, *};

async fn worker(name: &str, id: u32, rounds: u32) -> u32 {
    let mut done = 0;
    while done < rounds {
        yield_now().await;
        done += 1;
    }
    for round in 1..=rounds {
        println!(\"{name}: round {round}\");
    }
    id * 10 + done
}

fn main() {
    block_on(async {
        let mut handles = Vec::new();
        for i in 0..4 {
            handles.push(spawn(format!(\"worker {i}\"), worker(\"worker\", i, i % 3)));
        }
        let mut results = Vec::new();
        for handle in handles {
            results.push(handle.await);
        }
        results.sort();
        let names: Vec<String> = results.iter().map(|r| r.to_string()).collect();
        let total: u32 = results.iter().sum();
        match results.last() {
            Some(last) if *last > 0 => println!(\"last {last}, all {}, total {total}\", names.join(\" \")),
            _ => println!(\"{} results\", names.len()),
        }
    });
}
";

/// A throwaway run of a program.
pub struct WarmUp(Run);

impl WarmUp {
    /// A throwaway run of `source`, or `None` when it does not compile.
    pub fn new(source: &str) -> Option<WarmUp> {
        let start = prepare(source).ok()?;
        Some(WarmUp(Run::new(start, Settings::default())))
    }

    /// The executor of the run, for views to render from.
    pub fn executor(&self) -> &Rc<Executor> {
        self.0.executor()
    }

    /// Runs on until `deadline` passes or the run ends; says whether there is more to run.
    pub fn go_on(&mut self, deadline: Deadline) -> bool {
        self.0.advance_within(usize::MAX, deadline);
        self.0.has_work()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const YIELDING: &str = "use async_playground::prelude::{println, *};
fn main() {
    block_on(async {
        for _ in 0..20 {
            yield_now().await;
        }
        println!(\"done\");
    });
}
";

    fn never() -> Deadline {
        Deadline {
            clock: || 0.0,
            at_ms: 1.0,
        }
    }

    #[test]
    fn a_warm_up_runs_its_program_to_the_end_in_slices() {
        let mut warm_up = WarmUp::new(YIELDING).expect("the program compiles");
        assert!(
            warm_up.go_on(Deadline {
                clock: || 1.0,
                at_ms: 0.0
            }),
            "a passed deadline stops it early"
        );
        let polls = warm_up.0.executor().stats().total.polls;
        assert!(polls > 0, "yet it made progress");
        assert!(!warm_up.go_on(never()), "then it runs to the end");
        assert!(warm_up.0.executor().stats().total.polls > polls);
        assert!(
            WarmUp::new("fn main() {").is_none(),
            "a program that does not compile warms nothing"
        );
    }

    #[test]
    fn the_warm_up_program_runs_to_the_end_without_a_fault() {
        let mut warm_up = WarmUp::new(PROGRAM).expect("the warm-up program compiles");
        assert!(!warm_up.go_on(never()));
        let run = &warm_up.0;
        assert!(run.runtime_error().is_none());
        let workers = run
            .executor()
            .stats()
            .per_task
            .iter()
            .filter(|task| task.task.name.as_str().starts_with("worker "))
            .count();
        assert_eq!(workers, 4);
        let output: Vec<String> = run
            .executor()
            .output()
            .iter()
            .map(|line| line.text.clone())
            .collect();
        assert_eq!(
            output.last().map(String::as_str),
            Some("last 30, all 0 11 22 30, total 63")
        );
    }
}
