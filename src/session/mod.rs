//! A learner's session, independent of the browser: the run settings and the share-link format
//! that carries a lesson, its code and those settings. It must never touch the browser (that is
//! `web`) or render anything (that is `ui`).

pub mod base64url;
pub mod catch_up;
pub mod compare;
pub mod network;
pub mod pacer;
pub mod program;
pub mod run;
pub mod saved;
pub mod settings;
pub mod share;
pub mod state;
pub mod warm_up;
