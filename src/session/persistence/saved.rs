//! What a lesson opens with, and what is saved for it: a share link in the URL wins, then the
//! learner's saved edits, then the first preset. Saved state uses the share-link format, so one
//! reader checks both. Anything unreadable becomes a notice and is ignored, never a blank page.

use super::share::{self, SharedRun};
use crate::lesson::Lesson;
use crate::session::settings::Settings;
use crate::session::state::SessionState;

/// A lesson's starting state and what the learner should be told about how it was chosen.
#[derive(Clone)]
pub struct Restored {
    /// The state to open with.
    pub state: SessionState,
    /// A sentence about a share link or saved edits that were used or could not be read.
    pub notice: Option<String>,
}

/// The storage key of a lesson's saved edits.
pub fn key(lesson: &Lesson) -> String {
    format!("lesson/{}", lesson.slug)
}

/// The value saved for a session: its share-link fragment.
pub fn encode(state: &SessionState) -> String {
    share::encode(&SharedRun {
        lesson: state.lesson,
        code: state.code.clone(),
        settings: state.settings,
    })
}

/// Chooses the starting state from the URL fragment and the stored value (or the storage error).
pub fn restore(
    lesson: &'static Lesson,
    fragment: &str,
    stored: Result<Option<String>, String>,
) -> Restored {
    match share::decode(fragment) {
        Some(Ok(shared)) if shared.lesson == lesson => {
            return opened(shared, "Opened the program from a share link.".to_owned());
        }
        Some(Ok(_)) => {}
        Some(Err(error)) => {
            let notice = format!(
                "This share link could not be opened: {error}. {}",
                fallback_sentence(&stored)
            );
            return Restored {
                state: from_storage(lesson, stored).state,
                notice: Some(notice),
            };
        }
        None => {}
    }
    from_storage(lesson, stored)
}

fn from_storage(lesson: &'static Lesson, stored: Result<Option<String>, String>) -> Restored {
    let fresh = |notice| Restored {
        state: SessionState::new(lesson, None, Settings::default()),
        notice,
    };
    match stored {
        Ok(None) => fresh(None),
        Err(message) => fresh(Some(format!("Saved edits are unavailable: {message}."))),
        Ok(Some(value)) => match share::decode(&value) {
            Some(Ok(saved)) if saved.lesson == lesson => opened(
                saved,
                "Your edits from last time are back; Reset restores the preset.".to_owned(),
            ),
            _ => fresh(Some(
                "Your saved edits for this lesson could not be read, so the preset is shown."
                    .to_owned(),
            )),
        },
    }
}

fn fallback_sentence(stored: &Result<Option<String>, String>) -> &'static str {
    match stored {
        Ok(Some(_)) => "Your saved edits are shown instead.",
        _ => "The lesson's preset is shown instead.",
    }
}

fn opened(shared: SharedRun, notice: String) -> Restored {
    Restored {
        state: SessionState::new(shared.lesson, Some(shared.code), shared.settings),
        notice: Some(notice),
    }
}
