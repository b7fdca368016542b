//! The questions lessons ask before a run ("Predict, then run"), as data: each lesson words a
//! question for each of its presets, about what that lesson teaches; code that is no preset (a
//! shared draft) gets the playground's generic question (order the lines it prints). It must
//! never run code or decide whether an answer is right: the playground checks every prediction
//! against the actual run.

/// A lesson's own question for one of its presets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PredictPrompt {
    /// The lesson's slug.
    pub lesson: &'static str,
    /// The preset's name, as in `presets`.
    pub preset: &'static str,
    /// What the learner is asked, before putting the printed lines in order.
    pub question: &'static str,
}

/// Every lesson's own questions, one for each of its presets, each about what the lesson
/// teaches. A lesson adds one by naming its slug and preset.
pub const PROMPTS: &[PredictPrompt] = &[
    PredictPrompt {
        lesson: "thread-vs-async",
        preset: "spawned_workers",
        question: "Neither worker awaits inside its loop. As async tasks, in what order do `a` \
                   and `b` print their steps?",
    },
    PredictPrompt {
        lesson: "thread-vs-async",
        preset: "yielding_workers",
        question: "Each worker now awaits `yield_now()` after every step. How do the two workers' \
                   lines interleave?",
    },
    PredictPrompt {
        lesson: "thread-vs-async",
        preset: "joined_workers",
        question: "`join!` runs both workers inside the one `main` task, and neither waits for \
                   anything. In what order do their steps print?",
    },
    PredictPrompt {
        lesson: "lazy-futures",
        preset: "hello",
        question: "The future is created before anything waits for it. When does its line appear?",
    },
    PredictPrompt {
        lesson: "lazy-futures",
        preset: "dropped",
        question: "One future is dropped without ever being polled. When is what it captured \
                   dropped, compared with the other future's answer?",
    },
    PredictPrompt {
        lesson: "async-await",
        preset: "with_await",
        question: "Each `.await` runs the awaited future to its end before the next line runs. In \
                   what order do the steps print?",
    },
    PredictPrompt {
        lesson: "async-await",
        preset: "with_combinators",
        question: "The same steps, built from `then` and `map` instead of `.await`. In what order \
                   do they print now?",
    },
    PredictPrompt {
        lesson: "future-trait",
        preset: "countdown",
        question: "`Countdown` prints on every poll and returns Pending until it reaches zero. In \
                   what order do its lines and `liftoff` appear?",
    },
    PredictPrompt {
        lesson: "context-waker",
        preset: "wait_for_flag",
        question: "`main` returns Pending until the flag is set, and only a wake brings it back. \
                   In what order do the two tasks print?",
    },
    PredictPrompt {
        lesson: "context-waker",
        preset: "lost_waker",
        question: "This future forgets to store its waker before returning Pending. What does the \
                   run print, in what order, before it stops?",
    },
    PredictPrompt {
        lesson: "executor-tasks",
        preset: "join_select",
        question: "`join!` waits for both children; `future::select` returns with the first side \
                   ready, trying the left first. In what order do they print?",
    },
    PredictPrompt {
        lesson: "executor-tasks",
        preset: "left_yields",
        question: "The left side of the race now waits once before it finishes. In what order do \
                   the two sides print, and who wins?",
    },
    PredictPrompt {
        lesson: "executor-tasks",
        preset: "spawn_tasks",
        question: "Spawning only queues a task. In what order do the spawned tasks and `main` \
                   print?",
    },
    PredictPrompt {
        lesson: "executor-tasks",
        preset: "await_then_join",
        question: "Awaiting one after the other, then `join!`: when does the toast start, and \
                   which is ready first, in each half?",
    },
    PredictPrompt {
        lesson: "combinators",
        preset: "breakfast",
        question: "Building `meal` from `and_then` and `map` runs nothing by itself. In what \
                   order do the planning, the cooking and the eating print?",
    },
    PredictPrompt {
        lesson: "combinators",
        preset: "burnt",
        question: "Breakfast fails here, and `and_then` continues only on `Ok`. In what order do \
                   the lines of the chain print?",
    },
    PredictPrompt {
        lesson: "select-cancel",
        preset: "select_biased",
        question: "`select_biased!` checks its branches in the order written. In what order do \
                   the rounds and the two finished foods print?",
    },
    PredictPrompt {
        lesson: "select-cancel",
        preset: "left_bias_starves",
        question: "`future::select` polls its left future first, every time. When is `slow` first \
                   polled, compared with the rounds?",
    },
    PredictPrompt {
        lesson: "select-cancel",
        preset: "timeout",
        question: "A timeout drops the work that is too slow. When is each guard dropped, \
                   compared with the outcome of its race?",
    },
    PredictPrompt {
        lesson: "pin",
        preset: "self_borrow",
        question: "The async block keeps a borrow of its own local across an `.await`. In what \
                   order do the lines before and after the wait print?",
    },
    PredictPrompt {
        lesson: "pin",
        preset: "box_pin_or_pin",
        question: "The same race, pinned on the heap with `Box::pin` and then on the stack with \
                   `pin!`. In what order do the steps and winners print?",
    },
    PredictPrompt {
        lesson: "pin",
        preset: "wrapper_future",
        question: "`Logged` delegates every poll to the future it wraps. How many polls does that \
                   take, and in what order are they printed?",
    },
    PredictPrompt {
        lesson: "channels-streams",
        preset: "mpsc_backpressure",
        question: "The channel has room for one message, so a `send` waits while it is full. How \
                   do the producer's and the consumer's lines interleave?",
    },
    PredictPrompt {
        lesson: "channels-streams",
        preset: "oneshot_reply",
        question: "The asker awaits a `oneshot` receiver, Pending until the worker sends. In what \
                   order do the asker and the worker print?",
    },
    PredictPrompt {
        lesson: "channels-streams",
        preset: "hand_written_stream",
        question: "The stream returns Pending once before each item, and `while let` awaits each \
                   one. In what order does the countdown print?",
    },
    PredictPrompt {
        lesson: "channels-streams",
        preset: "stream_combinators",
        question: "`then` and `filter` may wait on every item, yet a stream keeps its order. In \
                   what order do the two pipelines print?",
    },
    PredictPrompt {
        lesson: "loopback-tcp",
        preset: "walkthrough",
        question: "Every socket operation that would block returns Pending and parks its task. In \
                   what order do the server and the client print?",
    },
    PredictPrompt {
        lesson: "tcp-server",
        preset: "accept_loop",
        question: "Each connection has a task of its own that answers a message, then yields. How \
                   do the three conversations interleave?",
    },
    PredictPrompt {
        lesson: "tcp-server",
        preset: "backpressure",
        question: "The loopback holds at most 4096 bytes, so the client's send waits for the \
                   server's reads. How do writer and reader interleave?",
    },
    PredictPrompt {
        lesson: "tcp-server",
        preset: "refused",
        question: "The first client connects before the server has bound its address. In what \
                   order do the refusal and the second client's answer print?",
    },
    PredictPrompt {
        lesson: "websocket-echo",
        preset: "echo_client",
        question: "Each message waits for its echo before the next one is sent. In what order do \
                   the sends and the echoes print?",
    },
    PredictPrompt {
        lesson: "pitfalls",
        preset: "blocking_sleep",
        question: "`std::thread::sleep` blocks the whole thread, not only its task. In what order \
                   do the ticker and the sleeper print?",
    },
    PredictPrompt {
        lesson: "pitfalls",
        preset: "never_yields",
        question: "`hog` awaits only futures that are ready at once. When does `polite` get its \
                   second turn?",
    },
    PredictPrompt {
        lesson: "pitfalls",
        preset: "refcell_across_await",
        question: "`add_entry` holds its `RefCell` borrow across an `.await`. In what order do \
                   the writer's and the reader's attempts print?",
    },
    PredictPrompt {
        lesson: "own-executor",
        preset: "arc_wake_executor",
        question: "Your `run` polls tasks in the order they reach its queue, and a task returns \
                   to the queue only when woken. In what order do the two tasks print?",
    },
];

/// The question a lesson asks for its preset `preset`, if it words one.
pub fn prompt(lesson: &str, preset: &str) -> Option<&'static str> {
    PROMPTS
        .iter()
        .find(|prompt| prompt.lesson == lesson && prompt.preset == preset)
        .map(|prompt| prompt.question)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::presets::presets;
    use crate::lesson::LESSONS;

    #[test]
    fn every_prompt_names_a_preset_of_its_lesson() {
        for prompt in PROMPTS {
            assert!(
                presets(prompt.lesson)
                    .iter()
                    .any(|preset| preset.name == prompt.preset),
                "{} has no preset {}",
                prompt.lesson,
                prompt.preset
            );
        }
        assert_eq!(prompt("lazy-futures", "no-such-preset"), None);
    }

    #[test]
    fn every_preset_of_every_lesson_words_its_own_question() {
        for lesson in &LESSONS {
            for preset in presets(lesson.slug) {
                let question = prompt(lesson.slug, preset.name);
                assert!(
                    question.is_some_and(|question| question.ends_with('?')),
                    "{}/{} asks no question of its own",
                    lesson.slug,
                    preset.name
                );
            }
        }
    }

    #[test]
    fn no_two_presets_ask_the_same_question() {
        for (index, prompt) in PROMPTS.iter().enumerate() {
            assert!(
                PROMPTS[index + 1..]
                    .iter()
                    .all(|other| other.question != prompt.question),
                "{}/{} asks what another preset asks",
                prompt.lesson,
                prompt.preset
            );
        }
    }
}
