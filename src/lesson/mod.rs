//! Lessons as data: the ten lessons of the curriculum, in order, each with its URL slug, title,
//! one-line summary and prose. Pure data and lookups; it must never touch the browser or run code.

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
pub const LESSONS: [Lesson; 10] =
    [
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
        lesson!(5, "context-waker", "Context and Waker",
        "How a pending future asks to be polled again, and what a busy-polling executor wastes."),
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
            "loopback-tcp",
            "Non-blocking TCP over a loopback",
            "A server and a client whose would-block reads and writes park their wakers."
        ),
        lesson!(
            9,
            "websocket-echo",
            "A real WebSocket echo",
            "The same client code against a real echo server, woken by real network events."
        ),
        lesson!(
            10,
            "pitfalls",
            "Pitfalls",
            "Blocking inside async, lost wakers and tasks that never yield."
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
