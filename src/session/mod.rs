//! A learner's session, independent of the browser, in five concerns: the reducer here at the
//! root (`state`: every action a learner takes, applied to one state; `availability`: which run
//! controls would do something now; `code_marks`: what the editor marks in the code of a run;
//! `layout`: the learner's layout choices that are kept; `run`: the replayable run
//! it drives; `program`: editor text to a runnable root task; `settings`: how a program is run),
//! `persistence` (share links and what a lesson opens with), `pacing` (which frame does how much
//! run work and renders which view, and the warm-up run), `lesson_features` (the side-by-side
//! comparisons of lessons 1 and 5, and the WebSocket lesson's choice of network), `trace_export` (a run's
//! trace as Chrome trace-event JSON), `timeline_geometry` (the Timeline's columns in view and
//! where its scrolls come to rest) and `editor_text` (the editor's lines of coloured, underlined
//! runs, re-lexing around an edit, the lines an edit changed). It must never touch the
//! browser (that is `web`) or render anything (that is `ui`).

pub mod availability;
pub mod code_marks;
pub mod editor_text;
pub mod layout;
pub mod lesson_features;
pub mod pacing;
pub mod persistence;
pub mod program;
pub mod run;
pub mod settings;
pub mod state;
pub mod timeline_geometry;
pub mod trace_export;
