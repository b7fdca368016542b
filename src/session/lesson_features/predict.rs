//! "Predict, then run", for any program: before a run the learner puts the lines the program
//! prints in the order they expect, and the check compares that order with a silent run of the
//! same code and settings (runs are deterministic, so it is the run the learner then watches),
//! explaining the first difference from that run's trace. It never touches the browser, and its
//! silent run is bounded like the comparisons' (`compare::run_to_end`).

use std::rc::Rc;

use crate::executor::{Event, Executor, PollOutcome, TaskLabel};
use crate::session::run::Start;
use crate::session::settings::Settings;

use super::compare::run_to_end;

/// The most lines a prediction asks to order: the first ones the program prints.
pub const MAX_LINES: usize = 8;

/// One line the silent run printed: its text, the task that printed it and its event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintedLine {
    /// The line, without its newline.
    pub text: String,
    /// The printing task, or `None` outside any task.
    pub task: Option<TaskLabel>,
    /// The `Output` event's position in the trace.
    pub seq: u64,
}

/// What the check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// Whether the learner's order is the run's.
    pub right: bool,
    /// Sentences saying why, from the run's trace.
    pub explanation: Vec<String>,
    /// The event the explanation is about, for the views to select.
    pub event: Option<u64>,
}

/// A prediction in progress: the lines in the learner's order, and the verdict once checked.
#[derive(Clone)]
pub struct Prediction {
    /// The lines in the order the silent run printed them.
    pub printed: Vec<PrintedLine>,
    /// The learner's order, as indices into `printed`.
    pub order: Vec<usize>,
    /// The result of the last check, cleared by any move.
    pub verdict: Option<Verdict>,
    /// The silent run, whose trace explains a difference.
    silent: Rc<Executor>,
}

impl PartialEq for Prediction {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.silent, &other.silent)
            && self.order == other.order
            && self.verdict == other.verdict
    }
}

impl Prediction {
    /// Runs `start`'s program silently with `settings` and offers its first lines, shuffled by
    /// `seed` into an order that differs from the run's; or says why there is nothing to order.
    pub fn new(start: &Start, settings: Settings, seed: u64) -> Result<Prediction, String> {
        let silent = Rc::clone(run_to_end(start, settings).executor());
        let printed = printed_lines(&silent);
        let texts: Vec<&str> = printed.iter().map(|line| line.text.as_str()).collect();
        if texts.windows(2).all(|pair| pair[0] == pair[1]) {
            return Err(
                "This program prints fewer than two different lines, so there is no order to predict."
                    .to_owned(),
            );
        }
        let order = shuffled(&texts, seed);
        Ok(Prediction {
            printed,
            order,
            verdict: None,
            silent,
        })
    }

    /// The lines in the learner's current order.
    pub fn ordered(&self) -> impl Iterator<Item = &PrintedLine> {
        self.order
            .iter()
            .filter_map(|&index| self.printed.get(index))
    }

    /// Moves the line at `position` one place up (towards the first line); the first stays.
    pub fn move_up(&mut self, position: usize) {
        if position > 0 && position < self.order.len() {
            self.order.swap(position - 1, position);
            self.verdict = None;
        }
    }

    /// Compares the learner's order with the run's and keeps the verdict.
    pub fn check(&mut self) -> &Verdict {
        let guessed: Vec<&PrintedLine> = self.ordered().collect();
        let first_difference =
            (0..self.printed.len()).find(|&at| guessed[at].text != self.printed[at].text);
        let verdict = match first_difference {
            None => Verdict {
                right: true,
                explanation: vec![format!(
                    "Right: the run printed these {} lines in this order.",
                    self.printed.len()
                )],
                event: None,
            },
            Some(at) => self.difference(at, &guessed[at].text),
        };
        self.verdict.insert(verdict)
    }

    /// Why the run printed line `at` before `guessed`, which the learner put there.
    fn difference(&self, at: usize, guessed: &str) -> Verdict {
        let expected = &self.printed[at];
        let later = self.printed[at..]
            .iter()
            .find(|line| line.text == guessed)
            .unwrap_or(expected);
        let mut explanation = vec![
            format!(
                "Not quite: you put “{guessed}” at line {}, but the run printed “{}” there.",
                at + 1,
                expected.text
            ),
            format!(
                "{} printed “{}” at event {}, and {} printed “{guessed}” only at event {}.",
                who(expected.task.as_ref()),
                expected.text,
                expected.seq,
                who(later.task.as_ref()),
                later.seq
            ),
        ];
        explanation.push(match (&expected.task, &later.task) {
            (Some(first), Some(second)) if first.id == second.id => format!(
                "Both lines come from task {first}, and a task runs its own code in order: \
                 its lines come out in the order its code prints them."
            ),
            (_, Some(second)) => self.where_task_was(second, expected.seq),
            (_, None) => "That line is printed outside any task.".to_owned(),
        });
        Verdict {
            right: false,
            explanation,
            event: Some(expected.seq),
        }
    }

    /// Where `task` stood at event `seq`, from its last event before it.
    fn where_task_was(&self, task: &TaskLabel, seq: u64) -> String {
        let trace = self.silent.trace();
        let before = usize::try_from(seq.saturating_sub(1)).unwrap_or(usize::MAX);
        let last = trace
            .entries()
            .take(before)
            .filter(|entry| about(&entry.event, task))
            .last();
        match last {
            None => format!("At event {seq}, task {task} had not even been spawned."),
            Some(entry) => match entry.event {
                Event::Spawned { .. } => format!(
                    "Task {task} was spawned at event {}, but at event {seq} it had not been \
                     polled yet: spawning only queues a task, which runs once the executor polls it.",
                    entry.seq
                ),
                Event::Polled {
                    outcome: PollOutcome::Pending,
                    ..
                } => format!(
                    "Task {task} had returned Pending at event {}: it was suspended at an \
                     `.await`, and prints nothing until it is woken and polled again.",
                    entry.seq
                ),
                Event::Woken { .. } => format!(
                    "Task {task} was woken at event {}, and was still waiting in the run queue \
                     for its turn.",
                    entry.seq
                ),
                Event::Preempted { .. } => format!(
                    "Task {task} was preempted at event {}: its time slice ran out, and it \
                     waited for its next turn.",
                    entry.seq
                ),
                _ => format!("Task {task} had not reached that line by event {seq}."),
            },
        }
    }
}

/// Whether `event` is one of `task`'s own: spawned, polled, woken or preempted.
fn about(event: &Event, task: &TaskLabel) -> bool {
    match event {
        Event::Spawned { task: subject }
        | Event::Polled { task: subject, .. }
        | Event::Woken { task: subject, .. }
        | Event::Preempted { task: subject } => subject.id == task.id,
        _ => false,
    }
}

/// A line's printer, capitalised at the start of a sentence.
fn who(task: Option<&TaskLabel>) -> String {
    match task {
        Some(task) => format!("Task {task}"),
        None => "Code outside any task".to_owned(),
    }
}

/// The first [`MAX_LINES`] lines `executor`'s run printed, with their events.
fn printed_lines(executor: &Executor) -> Vec<PrintedLine> {
    let trace = executor.trace();
    let lines = trace.entries().filter_map(|entry| match entry.event {
        Event::Output { task, text } => Some(PrintedLine {
            text,
            task,
            seq: entry.seq,
        }),
        _ => None,
    });
    lines.take(MAX_LINES).collect()
}

/// An order of `texts`' indices shuffled by `seed` whose texts differ from `texts` (which holds
/// at least two different texts): a rotation by one, when the shuffle gives them back as they are.
fn shuffled(texts: &[&str], seed: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..texts.len()).collect();
    let mut state = seed | 1;
    for last in (1..order.len()).rev() {
        // xorshift64: enough to mix a few lines, and the same order for the same seed.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let pick = usize::try_from(state % (last as u64 + 1)).unwrap_or(0);
        order.swap(last, pick);
    }
    let same = order
        .iter()
        .zip(texts)
        .all(|(&index, text)| texts[index] == *text);
    if same {
        order.rotate_left(1);
    }
    order
}

/// A learner's record of predictions in one lesson, as kept in storage: `right tried`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Record {
    /// Checks that found the order right.
    pub right: u32,
    /// Checks made.
    pub tried: u32,
}

impl Record {
    /// The record after one more check.
    pub fn with(self, right: bool) -> Record {
        Record {
            right: self.right + u32::from(right),
            tried: self.tried + 1,
        }
    }

    /// The record as stored.
    pub fn encode(self) -> String {
        format!("{} {}", self.right, self.tried)
    }

    /// A stored record; anything unreadable counts as none.
    pub fn decode(text: &str) -> Record {
        let mut numbers = text.split(' ').map(str::parse::<u32>);
        match (numbers.next(), numbers.next(), numbers.next()) {
            (Some(Ok(right)), Some(Ok(tried)), None) if right <= tried => Record { right, tried },
            _ => Record::default(),
        }
    }

    /// The record in words.
    pub fn summary(self) -> String {
        match self.tried {
            0 => "No predictions checked in this lesson yet.".to_owned(),
            tried => format!(
                "Your predictions in this lesson: {} right of {tried}.",
                self.right
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::program::prepare;

    const TWO_TASKS: &str = "use async_playground::prelude::*;\nfn main() {\n    block_on(async {\n        \
        let a = spawn(\"a\", async { println!(\"a one\"); yield_now().await; println!(\"a two\"); });\n        \
        let b = spawn(\"b\", async { println!(\"b one\"); });\n        a.await;\n        b.await;\n    });\n}\n";

    fn prediction(source: &str) -> Result<Prediction, String> {
        let start = prepare(source).unwrap_or_else(|_| panic!("the program loads"));
        Prediction::new(&start, Settings::default(), 7)
    }

    fn texts(prediction: &Prediction) -> Vec<String> {
        prediction.ordered().map(|line| line.text.clone()).collect()
    }

    /// Moves lines up until the learner's order is the run's.
    fn put_right(prediction: &mut Prediction) {
        for target in 0..prediction.printed.len() {
            let wanted = prediction.printed[target].text.clone();
            let from = (target..prediction.order.len())
                .find(|&at| prediction.printed[prediction.order[at]].text == wanted)
                .expect("the line is there");
            for position in (target + 1..=from).rev() {
                prediction.move_up(position);
            }
        }
    }

    #[test]
    fn the_lines_to_order_are_the_runs_in_another_order() {
        let prediction = prediction(TWO_TASKS).expect("lines to order");
        let run_order: Vec<&str> = prediction
            .printed
            .iter()
            .map(|line| line.text.as_str())
            .collect();
        assert_eq!(run_order, ["a one", "b one", "a two"]);
        let mut offered = texts(&prediction);
        assert_ne!(offered, run_order, "the offered order is not the answer");
        offered.sort();
        assert_eq!(offered, ["a one", "a two", "b one"]);
    }

    #[test]
    fn a_wrong_order_is_explained_from_the_trace_and_the_right_one_confirmed() {
        let mut prediction = prediction(TWO_TASKS).expect("lines to order");
        put_right(&mut prediction);
        // "a two" before "b one": task `a` was suspended at its await when `b` printed.
        prediction.move_up(2);
        let verdict = prediction.check().clone();
        assert!(!verdict.right);
        assert_eq!(
            verdict.explanation[0],
            "Not quite: you put “a two” at line 2, but the run printed “b one” there."
        );
        assert!(
            verdict.explanation[2].starts_with("Task `a` had returned Pending at event"),
            "{:?}",
            verdict.explanation
        );
        let b_one = prediction.printed[1].seq;
        assert_eq!(verdict.event, Some(b_one));
        prediction.move_up(2);
        assert_eq!(prediction.verdict, None, "a move clears the verdict");
        assert!(prediction.check().right);
    }

    #[test]
    fn lines_of_one_task_are_explained_by_program_order() {
        let source =
            "use async_playground::prelude::*;\nfn main() {\n    block_on(async {\n        \
                      println!(\"first\");\n        println!(\"second\");\n    });\n}\n";
        let mut prediction = prediction(source).expect("lines to order");
        assert_eq!(texts(&prediction), ["second", "first"]);
        let verdict = prediction.check();
        assert!(verdict.explanation[2].starts_with("Both lines come from task `main`"));
    }

    #[test]
    fn a_program_with_nothing_to_order_says_so() {
        let source =
            "use async_playground::prelude::*;\nfn main() {\n    block_on(async {\n        \
                      println!(\"same\");\n        println!(\"same\");\n    });\n}\n";
        let error = prediction(source).err().expect("nothing to order");
        assert!(error.contains("fewer than two different lines"), "{error}");
    }

    #[test]
    fn records_count_checks_and_read_back_what_they_wrote() {
        let record = Record::default().with(false).with(true);
        assert_eq!(record, Record { right: 1, tried: 2 });
        assert_eq!(Record::decode(&record.encode()), record);
        assert_eq!(Record::decode("5 2"), Record::default());
        assert_eq!(Record::decode("nonsense"), Record::default());
        assert_eq!(
            record.summary(),
            "Your predictions in this lesson: 1 right of 2."
        );
    }
}
