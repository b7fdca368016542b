//! The questions lessons ask before a run ("Predict, then run"), as data: a lesson may word the
//! question for one of its presets; every other program gets the playground's generic question
//! (order the lines it prints). It must never run code or decide whether an answer is right:
//! the playground checks every prediction against the actual run.

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

/// Every lesson's own questions. A lesson adds one by naming its slug and preset.
pub const PROMPTS: &[PredictPrompt] = &[
    PredictPrompt {
        lesson: "lazy-futures",
        preset: "hello",
        question: "The future is created before anything waits for it. When does its line appear?",
    },
    PredictPrompt {
        lesson: "executor-tasks",
        preset: "spawn_tasks",
        question:
            "Spawning only queues a task. In what order do the spawned tasks and `main` print?",
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
        assert_eq!(prompt("lazy-futures", "dropped"), None);
    }
}
