//! Lessons as data: the lessons of the curriculum, in order, each with its URL slug, title,
//! one-line summary and prose, their presets and the questions they ask before a run
//! (`predict`). Pure data and lookups; it must never touch the browser or run code.

pub mod predict;
pub mod presets;
pub mod prose;
pub mod route;

/// One lesson of the curriculum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lesson {
    /// Position in the curriculum, starting at 1.
    pub number: usize,
    /// The lesson's name in the URL (`#/lesson/<slug>`).
    pub slug: &'static str,
    /// The title shown in the lesson list and as the page heading.
    pub title: &'static str,
    /// One sentence saying what the lesson teaches, shown in the lesson list.
    pub summary: &'static str,
    /// The lesson text, in the small markdown subset that [`prose::parse`] reads.
    pub prose: &'static str,
}

macro_rules! lesson {
    ($number:literal, $slug:literal, $title:literal, $summary:literal) => {
        Lesson {
            number: $number,
            slug: $slug,
            title: $title,
            summary: $summary,
            prose: include_str!(concat!("prose/", $slug, ".md")),
        }
    };
}

/// The curriculum, in the order a learner should follow it.
pub const LESSONS: [Lesson; 15] = [
    lesson!(
        1,
        "thread-vs-async",
        "Threads versus async tasks",
        "Threads are switched anywhere; async tasks switch only where they await."
    ),
    lesson!(
        2,
        "lazy-futures",
        "Futures are lazy",
        "Calling an async fn runs nothing until an executor polls the future."
    ),
    lesson!(
        3,
        "async-await",
        "async/await and its desugaring",
        "An async fn is a function returning a state machine that implements Future."
    ),
    lesson!(
        4,
        "future-trait",
        "Under the hood: the Future trait",
        "poll, Poll::Pending and Poll::Ready, and a future written by hand."
    ),
    lesson!(
        5,
        "context-waker",
        "Context and Waker",
        "How a pending future asks to be polled again, and what a busy-polling executor wastes."
    ),
    lesson!(
        6,
        "executor-tasks",
        "Executors and tasks",
        "spawn, the run queue, block_on, join and select."
    ),
    lesson!(
        7,
        "combinators",
        "Combinators",
        "map, then, and_then and Either: futures built from futures."
    ),
    lesson!(
        8,
        "select-cancel",
        "Select, timeouts and cancellation",
        "Racing futures: select! against select_biased!, timeouts, and cancelling by dropping."
    ),
    lesson!(
        9,
        "pin",
        "Pin and self-referential futures",
        "Why poll takes Pin<&mut Self>: Unpin, Box::pin against pin!, and a wrapper future."
    ),
    lesson!(
        10,
        "channels-streams",
        "Channels and streams",
        "mpsc with backpressure, oneshot replies, and streams read with while let."
    ),
    lesson!(
        11,
        "loopback-tcp",
        "Non-blocking TCP over a loopback",
        "A server and a client whose would-block reads and writes park their wakers."
    ),
    lesson!(
        12,
        "tcp-server",
        "A server with a task per connection",
        "An accept loop that spawns a task per client, each receiving, answering and yielding."
    ),
    lesson!(
        13,
        "websocket-echo",
        "A real WebSocket echo",
        "The same kind of client against a real echo server, woken by real network events."
    ),
    lesson!(
        14,
        "pitfalls",
        "Pitfalls",
        "Blocking inside async, lost wakers, tasks that never yield, borrows held across await."
    ),
    lesson!(
        15,
        "own-executor",
        "Build your own executor",
        "The async book's executor: a queue of tasks, ArcWake wakers, and a loop that polls."
    ),
];

/// Finds a lesson by its URL slug.
pub fn find(slug: &str) -> Option<&'static Lesson> {
    LESSONS.iter().find(|lesson| lesson.slug == slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lessons_are_numbered_in_order_with_unique_slugs() {
        for (index, lesson) in LESSONS.iter().enumerate() {
            assert_eq!(lesson.number, index + 1);
            assert_eq!(find(lesson.slug), Some(lesson));
        }
        assert_eq!(find("no-such-lesson"), None);
    }

    #[test]
    fn every_lesson_names_each_of_its_presets_in_its_prose() {
        for lesson in &LESSONS {
            for preset in presets::presets(lesson.slug) {
                assert!(
                    lesson.prose.contains(&format!("`{}`", preset.name)),
                    "lesson {} never names its preset `{}`",
                    lesson.slug,
                    preset.name
                );
            }
        }
    }

    #[test]
    fn every_item_in_the_prose_code_is_defined_by_a_preset() {
        for lesson in &LESSONS {
            let sources: Vec<&str> = presets::presets(lesson.slug)
                .iter()
                .map(|preset| preset.source)
                .collect();
            for block in prose::parse(lesson.prose) {
                let prose::Block::Code(code) = block else {
                    continue;
                };
                for item in defined_items(&code) {
                    assert!(
                        sources
                            .iter()
                            .any(|source| defined_items(source).contains(&item)),
                        "lesson {}: `{item}` in its prose is in none of its presets",
                        lesson.slug
                    );
                }
            }
        }
    }

    /// The names after `fn `, `struct ` and `enum ` in `code`: what a program defines.
    fn defined_items(code: &str) -> Vec<String> {
        let words: Vec<&str> = code.split_whitespace().collect();
        words
            .windows(2)
            .filter(|pair| matches!(pair[0], "fn" | "struct" | "enum"))
            .map(|pair| {
                pair[1]
                    .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .next()
                    .unwrap_or_default()
                    .to_owned()
            })
            .collect()
    }

    #[test]
    fn every_lesson_has_real_prose_ending_with_a_suggestion() {
        for lesson in &LESSONS {
            let words = lesson.prose.split_whitespace().count();
            assert!(
                words >= 150,
                "lesson {} has only {words} words",
                lesson.slug
            );
            assert!(
                lesson.prose.contains("**Try this:**"),
                "lesson {} has no suggestion",
                lesson.slug
            );
            let lowered = lesson.prose.to_lowercase();
            for filler in ["lorem ipsum", "coming soon", "todo", "tbd"] {
                assert!(
                    !lowered.contains(filler),
                    "lesson {} contains {filler:?}",
                    lesson.slug
                );
            }
        }
    }
}
