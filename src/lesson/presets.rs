//! The preset programs of each lesson, as data: the Rust files under `lessons/<slug>/`, embedded.
//! Their recorded expected output (`<preset>.expected`) stays out of the bundle: only the test
//! suite reads it (tests/programs.rs). It must never run or change a program.

/// One preset program of a lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preset {
    /// The name shown in the preset picker: the file name without `.rs`.
    pub name: &'static str,
    /// The file, relative to the crate root.
    pub file: &'static str,
    /// The program's Rust source.
    pub source: &'static str,
}

macro_rules! preset {
    ($slug:literal, $name:literal) => {
        Preset {
            name: $name,
            file: concat!("lessons/", $slug, "/", $name, ".rs"),
            source: include_str!(concat!("../../lessons/", $slug, "/", $name, ".rs")),
        }
    };
}

/// The presets of the lesson with this slug, the first one being the one the lesson opens with;
/// empty for an unknown slug.
pub fn presets(slug: &str) -> &'static [Preset] {
    match slug {
        "thread-vs-async" => &[
            preset!("thread-vs-async", "spawned_workers"),
            preset!("thread-vs-async", "yielding_workers"),
            preset!("thread-vs-async", "joined_workers"),
        ],
        "lazy-futures" => &[
            preset!("lazy-futures", "hello"),
            preset!("lazy-futures", "dropped"),
        ],
        "async-await" => &[
            preset!("async-await", "with_await"),
            preset!("async-await", "with_combinators"),
        ],
        "future-trait" => &[preset!("future-trait", "countdown")],
        "context-waker" => &[
            preset!("context-waker", "wait_for_flag"),
            preset!("context-waker", "lost_waker"),
        ],
        "executor-tasks" => &[
            preset!("executor-tasks", "join_select"),
            preset!("executor-tasks", "left_yields"),
            preset!("executor-tasks", "spawn_tasks"),
            preset!("executor-tasks", "await_then_join"),
        ],
        "combinators" => &[
            preset!("combinators", "breakfast"),
            preset!("combinators", "burnt"),
        ],
        "select-cancel" => &[
            preset!("select-cancel", "select_biased"),
            preset!("select-cancel", "left_bias_starves"),
            preset!("select-cancel", "timeout"),
        ],
        "pin" => &[
            preset!("pin", "self_borrow"),
            preset!("pin", "box_pin_or_pin"),
            preset!("pin", "wrapper_future"),
        ],
        "channels-streams" => &[
            preset!("channels-streams", "mpsc_backpressure"),
            preset!("channels-streams", "oneshot_reply"),
            preset!("channels-streams", "hand_written_stream"),
            preset!("channels-streams", "stream_combinators"),
        ],
        "loopback-tcp" => &[preset!("loopback-tcp", "walkthrough")],
        "tcp-server" => &[
            preset!("tcp-server", "accept_loop"),
            preset!("tcp-server", "backpressure"),
            preset!("tcp-server", "refused"),
        ],
        "websocket-echo" => &[preset!("websocket-echo", "echo_client")],
        "pitfalls" => &[
            preset!("pitfalls", "blocking_sleep"),
            preset!("pitfalls", "never_yields"),
            preset!("pitfalls", "refcell_across_await"),
        ],
        "own-executor" => &[preset!("own-executor", "arc_wake_executor")],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::LESSONS;

    #[test]
    fn every_lesson_has_a_preset_that_imports_the_prelude() {
        for lesson in &LESSONS {
            let presets = presets(lesson.slug);
            assert!(!presets.is_empty(), "lesson {} has no preset", lesson.slug);
            for preset in presets {
                assert!(preset.file.ends_with(&format!("/{}.rs", preset.name)));
                assert!(
                    preset.source.contains("use async_playground::prelude::"),
                    "{}",
                    preset.file
                );
                let expected = preset.file.replace(".rs", ".expected");
                let recorded =
                    std::fs::read_to_string(format!("{}/{expected}", env!("CARGO_MANIFEST_DIR")));
                assert!(
                    recorded.is_ok_and(|run| run.contains("--- polls\n")),
                    "{} has no recorded run",
                    preset.file
                );
            }
        }
        assert_eq!(presets("no-such-lesson"), []);
    }
}
