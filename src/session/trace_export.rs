//! A run's trace in the Chrome trace-event JSON format, which Perfetto and chrome://tracing
//! open: one track per task, a slice per poll, each wake a flow arrow from whoever woke the task
//! to the task's next poll, and a track for what happened outside any task (timers, the
//! network, diagnoses). The trace holds no wall-clock time, so the time axis counts trace
//! events, one microsecond each (the virtual time is in each slice's arguments). It only reads
//! the trace; it never runs or changes anything.

use std::collections::HashMap;
use std::fmt::Write;

use crate::executor::{AbortCause, Event, PollOutcome, TaskLabel, TraceEntry, WakeSource};

/// The track of events outside any task.
const OUTSIDE_TRACK: usize = 0;

/// The file name a download of the export suggests.
pub const FILE_NAME: &str = "async-playground-trace.json";

/// The trace-event JSON of `entries`, a run's whole trace in order.
pub fn chrome_trace(entries: impl IntoIterator<Item = TraceEntry>) -> String {
    let mut out = Writer::default();
    out.metadata("process_name", OUTSIDE_TRACK, "Async Rust Playground run");
    out.metadata("thread_name", OUTSIDE_TRACK, "outside any task");
    // Where the current poll began: just after the event before it.
    let mut poll_start = 0;
    let mut named = HashMap::new();
    // Wakes whose arrow ends at the woken task's next poll: task track to flow ids.
    let mut pending_flows: HashMap<usize, Vec<u64>> = HashMap::new();
    for TraceEntry {
        seq,
        time_ms,
        event,
    } in entries
    {
        if let Some((task, outcome)) = poll_end(&event) {
            let track = track(task.id.index());
            if named.insert(track, ()).is_none() {
                out.metadata("thread_name", track, task.name.as_str());
            }
            out.poll(track, poll_start, seq, time_ms, outcome);
            for flow in pending_flows.remove(&track).unwrap_or_default() {
                out.flow_end(track, poll_start, flow);
            }
            poll_start = seq;
            continue;
        }
        match event {
            Event::Woken { task, by } => {
                let origin = match by {
                    WakeSource::Task(waker) => track(waker.id.index()),
                    _ => {
                        out.outside(seq, &format!("wake by {by}"));
                        OUTSIDE_TRACK
                    }
                };
                out.flow_start(origin, seq, seq);
                pending_flows
                    .entry(track(task.id.index()))
                    .or_default()
                    .push(seq);
            }
            Event::Spawned { task } => {
                out.outside(seq, &format!("task {task} spawned"));
            }
            Event::Output {
                task: Some(task),
                text,
            } => {
                out.instant(track(task.id.index()), seq, &format!("printed {text:?}"));
            }
            other => out.outside(seq, &other.to_string()),
        }
    }
    out.finish()
}

/// The task whose poll an event ends, and how that poll ended: a poll returned, was preempted
/// (threads mode), panicked or was stopped by a playground limit.
fn poll_end(event: &Event) -> Option<(&TaskLabel, &'static str)> {
    match event {
        Event::Polled {
            task,
            outcome: PollOutcome::Pending,
        } => Some((task, "Pending")),
        Event::Polled {
            task,
            outcome: PollOutcome::Ready,
        } => Some((task, "Ready")),
        Event::Preempted { task } => Some((task, "Preempted")),
        Event::Aborted {
            task,
            cause: AbortCause::Panic(_),
        } => Some((task, "Panicked")),
        Event::Aborted {
            task,
            cause: AbortCause::Limit(_),
        } => Some((task, "Stopped by a limit")),
        _ => None,
    }
}

/// A task's track: tasks in spawn order after the track of events outside any task.
fn track(task_index: usize) -> usize {
    task_index + 1
}

/// The JSON text as it is written, one trace event per line.
#[derive(Default)]
struct Writer {
    text: String,
}

impl Writer {
    fn event(&mut self, fields: std::fmt::Arguments<'_>) {
        self.text.push_str(if self.text.is_empty() {
            "{\"traceEvents\":[\n"
        } else {
            ",\n"
        });
        // Writing to a String cannot fail.
        _ = write!(self.text, "{{\"pid\":1,{fields}}}");
    }

    fn metadata(&mut self, kind: &str, track: usize, name: &str) {
        let name = quoted(name);
        self.event(format_args!(
            "\"tid\":{track},\"ph\":\"M\",\"name\":\"{kind}\",\"args\":{{\"name\":{name}}}"
        ));
    }

    fn poll(&mut self, track: usize, start: u64, end: u64, time_ms: u64, outcome: &str) {
        let duration = end - start;
        self.event(format_args!(
            "\"tid\":{track},\"ph\":\"X\",\"cat\":\"poll\",\"name\":\"poll: {outcome}\",\"ts\":{start},\"dur\":{duration},\"args\":{{\"event\":{end},\"virtual_ms\":{time_ms},\"outcome\":\"{outcome}\"}}"
        ));
    }

    /// An event outside any task, as a short slice of its own so that a wake's arrow can start
    /// from it.
    fn outside(&mut self, at: u64, name: &str) {
        let name = quoted(name);
        self.event(format_args!(
            "\"tid\":{OUTSIDE_TRACK},\"ph\":\"X\",\"cat\":\"outside\",\"name\":{name},\"ts\":{at}.0,\"dur\":0.5"
        ));
    }

    fn instant(&mut self, track: usize, at: u64, name: &str) {
        let name = quoted(name);
        self.event(format_args!(
            "\"tid\":{track},\"ph\":\"i\",\"s\":\"t\",\"name\":{name},\"ts\":{at}"
        ));
    }

    fn flow_start(&mut self, track: usize, at: u64, id: u64) {
        self.event(format_args!(
            "\"tid\":{track},\"ph\":\"s\",\"cat\":\"wake\",\"name\":\"wake\",\"id\":{id},\"ts\":{at}"
        ));
    }

    /// The end of a wake's arrow, inside the woken task's poll that begins at `poll_start`.
    fn flow_end(&mut self, track: usize, poll_start: u64, id: u64) {
        self.event(format_args!(
            "\"tid\":{track},\"ph\":\"f\",\"bp\":\"e\",\"cat\":\"wake\",\"name\":\"wake\",\"id\":{id},\"ts\":{poll_start}.5"
        ));
    }

    fn finish(self) -> String {
        let mut text = self.text;
        text.push_str("\n],\"displayTimeUnit\":\"ns\"}\n");
        text
    }
}

/// `text` as a JSON string literal.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for character in text.chars() {
        match character {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            control if u32::from(control) < 0x20 => {
                _ = write!(out, "\\u{:04x}", u32::from(control));
            }
            other => out.push(other),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::executor::{print_line, yield_now, Executor};
    use serde_json::Value;

    fn traced_run() -> Executor {
        let executor = Executor::new();
        for name in ["left", "right \"quoted\"\n"] {
            executor.spawn(name, async move {
                yield_now().await;
                yield_now().await;
                print_line(format!("{name} done\t\u{1}"));
            });
        }
        while !matches!(executor.tick(100), crate::executor::Progress::Done) {}
        executor
    }

    fn exported(executor: &Executor) -> Vec<Value> {
        let json = chrome_trace(executor.trace().entries());
        let value: Value = serde_json::from_str(&json).expect("valid JSON");
        value["traceEvents"]
            .as_array()
            .expect("a traceEvents array")
            .clone()
    }

    fn of_phase<'a>(events: &'a [Value], phase: &str) -> Vec<&'a Value> {
        events.iter().filter(|event| event["ph"] == phase).collect()
    }

    fn polls(events: &[Value]) -> Vec<&Value> {
        events
            .iter()
            .filter(|event| event["ph"] == "X" && event["cat"] == "poll")
            .collect()
    }

    #[test]
    fn every_poll_is_one_slice_on_its_tasks_track() {
        let executor = traced_run();
        let events = exported(&executor);
        let slices = polls(&events);
        let stats = executor.stats();
        assert_eq!(slices.len() as u64, stats.total.polls);
        for (index, task) in stats.per_task.iter().enumerate() {
            let on_track = slices
                .iter()
                .filter(|slice| slice["tid"] == track(index))
                .count() as u64;
            assert_eq!(on_track, task.stats.polls, "task {index}");
        }
        let ready = slices.iter().filter(|slice| slice["name"] == "poll: Ready");
        assert_eq!(ready.count(), 2, "each task finished once");
        let names: Vec<&str> = of_phase(&events, "M")
            .iter()
            .filter_map(|meta| meta["args"]["name"].as_str())
            .collect();
        assert!(names.contains(&"right \"quoted\"\n"), "{names:?}");
    }

    #[test]
    fn slices_do_not_overlap_and_each_wake_is_an_arrow_to_the_next_poll() {
        let executor = traced_run();
        let events = exported(&executor);
        let mut slices: Vec<(u64, u64)> = polls(&events)
            .iter()
            .map(|slice| {
                let start = slice["ts"].as_u64().unwrap_or_default();
                (start, start + slice["dur"].as_u64().unwrap_or_default())
            })
            .collect();
        slices.sort_unstable();
        assert!(slices.windows(2).all(|pair| pair[0].1 <= pair[1].0));
        let wakes = executor
            .trace()
            .entries()
            .filter(|entry| matches!(entry.event, Event::Woken { .. }))
            .count();
        assert!(wakes > 0);
        assert_eq!(of_phase(&events, "s").len(), wakes);
        assert_eq!(
            of_phase(&events, "f").len(),
            wakes,
            "every woken task was polled again"
        );
        let printed = of_phase(&events, "i")
            .iter()
            .filter(|event| {
                event["name"]
                    .as_str()
                    .is_some_and(|name| name.starts_with("printed"))
            })
            .count();
        assert_eq!(printed, 2);
    }

    #[test]
    fn an_empty_trace_is_valid_json_too() {
        let value: Value = serde_json::from_str(&chrome_trace([])).expect("valid JSON");
        assert_eq!(value["traceEvents"].as_array().map(Vec::len), Some(2));
    }
}
