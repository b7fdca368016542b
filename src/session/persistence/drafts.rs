//! The learner's drafts of one lesson: an edit per preset, a draft opened from a share link
//! beside them, which one the editor shows, and what the last Reset discarded (so it can be
//! undone). Switching between them never loses one. It only keeps text; it never reads or
//! writes storage or the URL, and never runs anything.

use crate::lesson::presets::Preset;

/// What a Reset discarded, for Undo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discarded {
    /// Whether it was the shared draft (else the edit of the preset shown then).
    pub shared: bool,
    /// The preset shown then.
    pub preset: usize,
    /// The discarded text.
    pub code: String,
}

/// Every draft of a lesson and which one is in the editor.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Drafts {
    /// The preset the learner's own code belongs to (highlighted in the picker).
    pub preset: usize,
    /// Whether the editor shows the shared draft rather than the learner's own code.
    pub showing_shared: bool,
    /// The learner's edit of each preset, by preset index; `None` while a preset is unedited.
    pub edits: Vec<Option<String>>,
    /// Code opened from a share link, kept apart from the learner's own.
    pub shared: Option<String>,
    /// What the last Reset discarded, until the next edit or switch.
    pub discarded: Option<Discarded>,
    /// Bumped on every change, so that saving happens only when something changed.
    pub revision: u64,
}

impl Drafts {
    /// The learner's own code of preset `index`: the edit, else the preset's source.
    pub fn own_code(&self, presets: &[Preset], index: usize) -> String {
        self.edits
            .get(index)
            .cloned()
            .flatten()
            .unwrap_or_else(|| preset_source(presets, index).to_owned())
    }

    /// The code the editor shows.
    pub fn code(&self, presets: &[Preset]) -> String {
        match (&self.shared, self.showing_shared) {
            (Some(shared), true) => shared.clone(),
            _ => self.own_code(presets, self.preset),
        }
    }

    /// Whether preset `index` has an edit of the learner's.
    pub fn is_edited(&self, index: usize) -> bool {
        self.edits.get(index).is_some_and(Option::is_some)
    }

    /// Whether there is nothing to keep: no edit and no shared draft.
    pub fn is_pristine(&self) -> bool {
        self.shared.is_none() && self.edits.iter().all(Option::is_none)
    }

    /// Keeps `code`, the editor's new text, as the draft it shows.
    pub fn edit(&mut self, presets: &[Preset], code: &str) {
        if self.showing_shared && self.shared.is_some() {
            self.shared = Some(code.to_owned());
        } else {
            let edit = (code != preset_source(presets, self.preset)).then(|| code.to_owned());
            self.set_edit(self.preset, edit);
        }
        self.discarded = None;
        self.revision += 1;
    }

    /// Shows the learner's own code of preset `index`.
    pub fn select_preset(&mut self, index: usize) {
        self.preset = index;
        self.showing_shared = false;
        self.discarded = None;
        self.revision += 1;
    }

    /// Shows the shared draft, if there is one.
    pub fn select_shared(&mut self) {
        self.showing_shared = self.shared.is_some();
        self.discarded = None;
        self.revision += 1;
    }

    /// Opens `code` from a share link: the draft that already holds exactly this code is shown
    /// (one of the learner's own, or the shared draft), else it becomes the shared draft, in
    /// place of an earlier one. The learner's own code is never touched.
    pub fn open_shared(&mut self, presets: &[Preset], code: String) {
        let own = (0..presets.len().max(1)).find(|&index| self.own_code(presets, index) == code);
        match own {
            Some(index) => self.select_preset(index),
            None => {
                self.shared = Some(code);
                self.select_shared();
            }
        }
    }

    /// Discards the draft shown: the learner's edit of the preset (the preset's code is shown
    /// again) or the shared draft (the learner's own code is shown again). Undo brings it back.
    pub fn reset(&mut self, presets: &[Preset]) {
        let code = self.code(presets);
        let shared = self.showing_shared && self.shared.is_some();
        if shared {
            self.shared = None;
            self.showing_shared = false;
        } else {
            self.set_edit(self.preset, None);
        }
        let changed = shared || code != preset_source(presets, self.preset);
        self.discarded = changed.then_some(Discarded {
            shared,
            preset: self.preset,
            code,
        });
        self.revision += 1;
    }

    /// Brings back what the last Reset discarded; `false` if there is nothing to undo.
    pub fn undo_reset(&mut self) -> bool {
        let Some(Discarded {
            shared,
            preset,
            code,
        }) = self.discarded.take()
        else {
            return false;
        };
        self.preset = preset;
        if shared {
            self.shared = Some(code);
            self.showing_shared = true;
        } else {
            self.set_edit(preset, Some(code));
            self.showing_shared = false;
        }
        self.revision += 1;
        true
    }

    fn set_edit(&mut self, index: usize, edit: Option<String>) {
        if self.edits.len() <= index {
            self.edits.resize(index + 1, None);
        }
        self.edits[index] = edit;
    }
}

/// A preset's source; a lesson without presets starts from an empty `main`.
pub fn preset_source(presets: &[Preset], index: usize) -> &'static str {
    presets
        .get(index)
        .map_or("fn main() {}\n", |preset| preset.source)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::presets::presets;

    fn three() -> &'static [Preset] {
        let presets = presets("thread-vs-async");
        assert!(presets.len() >= 3);
        presets
    }

    #[test]
    fn each_preset_keeps_its_own_edit_across_switches() {
        let presets = three();
        let mut drafts = Drafts::default();
        drafts.edit(presets, "first edit");
        drafts.select_preset(1);
        assert_eq!(drafts.code(presets), presets[1].source);
        drafts.edit(presets, "second edit");
        drafts.select_preset(0);
        assert_eq!(drafts.code(presets), "first edit");
        drafts.select_preset(1);
        assert_eq!(drafts.code(presets), "second edit");
        assert!(drafts.is_edited(0) && drafts.is_edited(1) && !drafts.is_edited(2));
        drafts.edit(presets, presets[1].source);
        assert!(!drafts.is_edited(1), "typing the preset back is no edit");
    }

    #[test]
    fn a_shared_draft_sits_beside_the_learners_code() {
        let presets = three();
        let mut drafts = Drafts::default();
        drafts.edit(presets, "mine");
        drafts.open_shared(presets, "theirs".to_owned());
        assert_eq!(drafts.code(presets), "theirs");
        drafts.edit(presets, "theirs, edited");
        drafts.select_preset(0);
        assert_eq!(
            drafts.code(presets),
            "mine",
            "the learner's code is untouched"
        );
        drafts.select_shared();
        assert_eq!(drafts.code(presets), "theirs, edited");
    }

    #[test]
    fn a_link_to_code_the_learner_already_has_opens_that_code() {
        let presets = three();
        let mut drafts = Drafts::default();
        drafts.select_preset(1);
        drafts.edit(presets, "mine");
        drafts.select_preset(0);
        drafts.open_shared(presets, "mine".to_owned());
        assert_eq!((drafts.preset, drafts.showing_shared), (1, false));
        drafts.open_shared(presets, presets[2].source.to_owned());
        assert_eq!((drafts.preset, drafts.shared.as_deref()), (2, None));
    }

    #[test]
    fn reset_can_be_undone_until_the_next_edit() {
        let presets = three();
        let mut drafts = Drafts::default();
        drafts.edit(presets, "mine");
        drafts.reset(presets);
        assert_eq!(drafts.code(presets), presets[0].source);
        assert!(drafts.undo_reset());
        assert_eq!(drafts.code(presets), "mine");
        drafts.reset(presets);
        drafts.edit(presets, "new");
        assert!(!drafts.undo_reset(), "an edit after Reset ends the undo");
        drafts.reset(presets);
        drafts.reset(presets);
        assert!(
            drafts.discarded.is_none(),
            "resetting a preset discards nothing"
        );
    }

    #[test]
    fn reset_of_the_shared_draft_shows_the_learners_code_and_is_undoable() {
        let presets = three();
        let mut drafts = Drafts::default();
        drafts.edit(presets, "mine");
        drafts.open_shared(presets, "theirs".to_owned());
        drafts.reset(presets);
        assert_eq!(drafts.code(presets), "mine");
        assert_eq!(drafts.shared, None);
        assert!(drafts.undo_reset());
        assert_eq!(drafts.code(presets), "theirs");
    }
}
