//! What outlives a page: share links (a lesson, its code and the run settings in a URL
//! fragment, base64url-encoded), the learner's drafts (an edit per preset, a shared draft beside
//! them) and what a lesson opens with. It only turns state into text and back; it never reads or writes storage or
//! the URL itself (that is `web`).

pub mod base64url;
pub mod drafts;
pub mod saved;
pub mod share;
