//! The workbench's layout choices that a learner makes and the page keeps across lessons and
//! reloads: whether the lesson text is shown beside the workbench, and which pane a phone shows
//! (the lesson, the code, or the run). Names to and from what is saved; it never touches the
//! browser nor decides any size (that is the stylesheet's).

/// Where the choices are saved (under the page's storage prefix).
pub const LESSON_TEXT_KEY: &str = "layout/lesson-text";

/// Where the phone pane is saved.
pub const PANE_KEY: &str = "layout/pane";

/// Which pane a narrow screen shows: it has room for one at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pane {
    /// The lesson's prose, read first.
    #[default]
    Lesson,
    /// The preset picker, the editor and the run controls.
    Code,
    /// The run controls and the live views.
    Run,
}

impl Pane {
    /// Every pane, in the switch's order.
    pub const ALL: [Pane; 3] = [Pane::Lesson, Pane::Code, Pane::Run];

    /// The pane's name: its label in the switch, and what is saved.
    pub fn name(self) -> &'static str {
        match self {
            Pane::Lesson => "Lesson",
            Pane::Code => "Code",
            Pane::Run => "Run",
        }
    }

    /// The pane a saved name stands for; anything else (nothing saved, an old or damaged value)
    /// is the first pane.
    pub fn from_saved(saved: Option<&str>) -> Pane {
        Pane::ALL
            .into_iter()
            .find(|pane| Some(pane.name()) == saved)
            .unwrap_or_default()
    }
}

/// Whether the lesson text is shown, from what was saved: shown unless the learner hid it.
pub fn lesson_text_shown(saved: Option<&str>) -> bool {
    saved != Some(HIDDEN)
}

/// What is saved for the lesson text's visibility.
pub fn lesson_text_saved(shown: bool) -> &'static str {
    if shown {
        "shown"
    } else {
        HIDDEN
    }
}

const HIDDEN: &str = "hidden";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_pane_comes_back_and_anything_else_opens_the_lesson() {
        for pane in Pane::ALL {
            assert_eq!(Pane::from_saved(Some(pane.name())), pane);
        }
        assert_eq!(Pane::from_saved(None), Pane::Lesson);
        assert_eq!(Pane::from_saved(Some("Timeline")), Pane::Lesson);
    }

    #[test]
    fn the_lesson_text_stays_hidden_once_hidden() {
        assert!(lesson_text_shown(None));
        assert!(!lesson_text_shown(Some(lesson_text_saved(false))));
        assert!(lesson_text_shown(Some(lesson_text_saved(true))));
    }
}
