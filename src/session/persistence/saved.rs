//! What is saved for a lesson and what it opens with. The saved value is the lesson's drafts: a
//! first line in the share-link format (the code shown and the settings, so one reader checks
//! both), then one line per preset edit, the shared draft and which draft is shown. A share link
//! in the URL opens as a draft beside the saved ones, never over them. Anything unreadable
//! becomes a notice and is ignored, never a blank page.

use super::base64url;
use super::drafts::Drafts;
use super::share::{self, SharedRun};
use crate::lesson::presets::presets;
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

/// The value saved for a session, or `None` when there is nothing to keep (no edit, no shared
/// draft).
pub fn encode(state: &SessionState) -> Option<String> {
    let drafts = &state.drafts;
    if drafts.is_pristine() {
        return None;
    }
    let lesson_presets = presets(state.lesson.slug);
    let mut value = share::encode(&SharedRun {
        lesson: state.lesson,
        code: state.code.clone(),
        settings: state.settings,
    });
    let name = |index: usize| {
        lesson_presets
            .get(index)
            .map_or("main", |preset| preset.name)
    };
    value.push_str(&format!("\npreset {}", name(drafts.preset)));
    for (index, edit) in drafts.edits.iter().enumerate() {
        if let Some(code) = edit {
            let code = base64url::encode(code.as_bytes());
            value.push_str(&format!("\nedit {} {code}", name(index)));
        }
    }
    if let Some(code) = &drafts.shared {
        value.push_str(&format!("\nshared {}", base64url::encode(code.as_bytes())));
        if drafts.showing_shared {
            value.push_str("\nshowing shared");
        }
    }
    Some(value)
}

/// Chooses the starting state from the URL fragment and the stored value (or the storage error):
/// the saved drafts, with a share link's code opened as a draft beside them.
pub fn restore(
    lesson: &'static Lesson,
    fragment: &str,
    stored: Result<Option<String>, String>,
) -> Restored {
    let mut restored = from_storage(lesson, &stored);
    match share::decode(fragment) {
        Some(Ok(shared)) if shared.lesson == lesson => {
            restored
                .state
                .apply(crate::session::state::Action::OpenShared(
                    shared.code,
                    shared.settings,
                ));
            let beside = if restored.state.drafts.showing_shared {
                " as a draft beside your own code; your code is a click away in the picker"
            } else {
                ""
            };
            restored.notice = Some(format!("Opened the program from a share link{beside}."));
        }
        Some(Ok(_)) | None => {}
        Some(Err(error)) => {
            restored.notice = Some(format!(
                "This share link could not be opened: {error}. {}",
                fallback_sentence(&stored)
            ));
        }
    }
    restored
}

fn from_storage(lesson: &'static Lesson, stored: &Result<Option<String>, String>) -> Restored {
    let fresh = |notice| Restored {
        state: SessionState::new(lesson, Drafts::default(), Settings::default()),
        notice,
    };
    match stored {
        Ok(None) => fresh(None),
        Err(message) => fresh(Some(format!("Saved edits are unavailable: {message}."))),
        Ok(Some(value)) => match decode(lesson, value) {
            Some((drafts, settings)) => Restored {
                state: SessionState::new(lesson, drafts, settings),
                notice: Some(
                    "Your edits from last time are back; Reset restores the preset (and Undo your edit)."
                        .to_owned(),
                ),
            },
            None => fresh(Some(
                "Your saved edits for this lesson could not be read, so the preset is shown."
                    .to_owned(),
            )),
        },
    }
}

/// Reads a saved value. A value of one line (saved before drafts were kept per preset) is the
/// edit of the first preset.
fn decode(lesson: &'static Lesson, value: &str) -> Option<(Drafts, Settings)> {
    let mut lines = value.lines();
    let SharedRun { settings, code, .. } = share::decode(lines.next()?)?
        .ok()
        .filter(|saved| saved.lesson == lesson)?;
    let lesson_presets = presets(lesson.slug);
    let index = |name: &str| {
        lesson_presets
            .iter()
            .position(|preset| preset.name == name)
            .or_else(|| (lesson_presets.is_empty() && name == "main").then_some(0))
    };
    let text = |encoded: &str| String::from_utf8(base64url::decode(encoded)?).ok();
    let mut drafts = Drafts::default();
    let mut rest = lines.peekable();
    if rest.peek().is_none() {
        drafts.edit(lesson_presets, &code);
    }
    for line in rest {
        match line.split(' ').collect::<Vec<_>>()[..] {
            ["preset", name] => drafts.preset = index(name)?,
            ["edit", name, code] => {
                let (preset, code) = (index(name)?, text(code)?);
                let shown = std::mem::replace(&mut drafts.preset, preset);
                drafts.edit(lesson_presets, &code);
                drafts.preset = shown;
            }
            ["shared", code] => drafts.shared = Some(text(code)?),
            ["showing", "shared"] => drafts.showing_shared = drafts.shared.is_some(),
            _ => return None,
        }
    }
    drafts.discarded = None;
    Some((drafts, settings))
}

fn fallback_sentence(stored: &Result<Option<String>, String>) -> &'static str {
    match stored {
        Ok(Some(_)) => "Your saved edits are shown instead.",
        _ => "The lesson's preset is shown instead.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::executor::Policy;
    use crate::lesson::find;
    use crate::session::state::Action;

    fn lesson() -> &'static Lesson {
        find("thread-vs-async").expect("lesson 1")
    }

    fn saved_after(actions: Vec<Action>) -> String {
        let mut state = SessionState::new(lesson(), Drafts::default(), Settings::default());
        for action in actions {
            state.apply(action);
        }
        encode(&state).expect("something to save")
    }

    #[test]
    fn every_draft_and_the_shown_preset_survive_a_reload() {
        let saved = saved_after(vec![
            Action::Edit("first".into()),
            Action::SelectPreset(2),
            Action::Edit("third".into()),
            Action::SelectPreset(1),
            Action::SetPolicy(Policy::BusyPolling),
        ]);
        let restored = restore(lesson(), "#/lesson/thread-vs-async", Ok(Some(saved)));
        let state = restored.state;
        assert_eq!(
            state.drafts.preset, 1,
            "the preset shown last is shown again"
        );
        assert_eq!(state.code, state.presets()[1].source);
        assert_eq!(state.settings.policy, Policy::BusyPolling);
        let presets = state.presets();
        assert_eq!(state.drafts.own_code(presets, 0), "first");
        assert_eq!(state.drafts.own_code(presets, 2), "third");
    }

    #[test]
    fn nothing_is_saved_for_an_unedited_lesson() {
        let state = SessionState::new(lesson(), Drafts::default(), Settings::default());
        assert_eq!(encode(&state), None);
    }

    #[test]
    fn a_share_link_opens_beside_saved_edits_and_both_are_saved() {
        let saved = saved_after(vec![Action::Edit("mine".into())]);
        let link = share::encode(&SharedRun {
            lesson: lesson(),
            code: "theirs".into(),
            settings: Settings::default(),
        });
        let restored = restore(lesson(), &link, Ok(Some(saved)));
        assert_eq!(restored.state.code, "theirs");
        assert!(restored
            .notice
            .is_some_and(|notice| notice.contains("beside your own")));
        let mut state = restored.state;
        let again = restore(lesson(), "", Ok(encode(&state)));
        assert_eq!(
            again.state.code, "theirs",
            "the shared draft is still shown"
        );
        state.apply(Action::SelectPreset(0));
        assert_eq!(state.code, "mine");
    }

    #[test]
    fn an_empty_or_broken_link_keeps_the_saved_edits() {
        let saved = saved_after(vec![Action::Edit("mine".into())]);
        for link in [
            "#/lesson/thread-vs-async?code=",
            "#/lesson/thread-vs-async?code=%%%",
        ] {
            let restored = restore(lesson(), link, Ok(Some(saved.clone())));
            assert_eq!(restored.state.code, "mine", "{link}");
            assert!(restored
                .notice
                .is_some_and(|notice| notice.contains("saved edits are shown instead")));
        }
    }

    #[test]
    fn a_value_saved_before_drafts_is_the_first_presets_edit() {
        let old = share::encode(&SharedRun {
            lesson: lesson(),
            code: "old edit".into(),
            settings: Settings::default(),
        });
        let restored = restore(lesson(), "", Ok(Some(old)));
        assert_eq!(restored.state.code, "old edit");
        assert_eq!(restored.state.drafts.preset, 0);
    }

    #[test]
    fn unreadable_values_show_the_preset_with_a_notice() {
        let restored = restore(
            lesson(),
            "",
            Ok(Some("#/lesson/thread-vs-async?code=eA\njunk".into())),
        );
        assert_eq!(restored.state.code, lesson_source());
        assert!(restored
            .notice
            .is_some_and(|notice| notice.contains("could not be read")));
    }

    fn lesson_source() -> &'static str {
        presets(lesson().slug)[0].source
    }
}
