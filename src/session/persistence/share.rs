//! Share links: a lesson, the learner's code and the run settings packed into a URL fragment
//! (`#/lesson/<slug>?code=<base64url>&speed=..&policy=..&mode=..`) and read back. A malformed or
//! oversized link is an error value the page reports; it never loses the learner's own state.

use std::fmt;

use super::base64url;
use crate::lesson::{route::Route, Lesson};
use crate::session::settings::{
    mode_from_name, mode_name, policy_from_name, policy_name, Settings, QUANTUM_RANGE, SPEED_RANGE,
};

/// The longest fragment a share link may have; browsers and chat tools mangle longer URLs.
pub const MAX_LINK_BYTES: usize = 48 * 1024;

/// What a share link carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedRun {
    /// The lesson the code belongs to.
    pub lesson: &'static Lesson,
    /// The program text.
    pub code: String,
    /// How to run it.
    pub settings: Settings,
}

/// Why a share link could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// The link is longer than [`MAX_LINK_BYTES`].
    TooLong {
        /// Its length in bytes.
        bytes: usize,
    },
    /// The link names no lesson.
    UnknownLesson,
    /// The link has no `code` parameter.
    MissingCode,
    /// The code is not valid base64url-encoded UTF-8.
    CorruptCode,
    /// A parameter is unknown or has a value outside its range.
    BadParameter(String),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::TooLong { bytes } => {
                write!(f, "the share link is {bytes} bytes long; links over {MAX_LINK_BYTES} bytes are not opened")
            }
            ShareError::UnknownLesson => {
                f.write_str("the share link names no lesson of this playground")
            }
            ShareError::MissingCode => f.write_str("the share link carries no code"),
            ShareError::CorruptCode => {
                f.write_str("the code in the share link is damaged (not valid base64url UTF-8)")
            }
            ShareError::BadParameter(parameter) => {
                write!(f, "the share link has an invalid parameter `{parameter}`")
            }
        }
    }
}

/// The fragment of a share link for `run`.
pub fn encode(run: &SharedRun) -> String {
    let Settings {
        polls_per_second,
        policy,
        mode,
        quantum,
        seed,
    } = run.settings;
    format!(
        "{}?code={}&speed={polls_per_second}&policy={}&mode={}&quantum={quantum}&seed={seed}",
        Route::Lesson(run.lesson).fragment(),
        base64url::encode(run.code.as_bytes()),
        policy_name(policy),
        mode_name(mode),
    )
}

/// Reads a fragment: `None` when it is not a share link (it has no `?`), otherwise the run it
/// carries or why it cannot be read.
pub fn decode(fragment: &str) -> Option<Result<SharedRun, ShareError>> {
    let (path, query) = fragment.split_once('?')?;
    Some(decode_parts(fragment.len(), path, query))
}

fn decode_parts(length: usize, path: &str, query: &str) -> Result<SharedRun, ShareError> {
    if length > MAX_LINK_BYTES {
        return Err(ShareError::TooLong { bytes: length });
    }
    let Route::Lesson(lesson) = Route::parse(path) else {
        return Err(ShareError::UnknownLesson);
    };
    let mut code = None;
    let mut settings = Settings::default();
    for parameter in query.split('&').filter(|parameter| !parameter.is_empty()) {
        let bad = || ShareError::BadParameter(parameter.chars().take(40).collect());
        let (name, value) = parameter.split_once('=').ok_or_else(bad)?;
        match name {
            "code" => code = Some(decode_code(value)?),
            "speed" => {
                settings.polls_per_second = value
                    .parse()
                    .ok()
                    .filter(|speed| SPEED_RANGE.contains(speed))
                    .ok_or_else(bad)?;
            }
            "policy" => settings.policy = policy_from_name(value).ok_or_else(bad)?,
            "mode" => settings.mode = mode_from_name(value).ok_or_else(bad)?,
            "quantum" => {
                settings.quantum = value
                    .parse()
                    .ok()
                    .filter(|quantum| QUANTUM_RANGE.contains(quantum))
                    .ok_or_else(bad)?;
            }
            "seed" => settings.seed = value.parse().map_err(|_| bad())?,
            _ => return Err(bad()),
        }
    }
    let code = code.ok_or(ShareError::MissingCode)?;
    Ok(SharedRun {
        lesson,
        code,
        settings,
    })
}

fn decode_code(value: &str) -> Result<String, ShareError> {
    if value.is_empty() {
        return Err(ShareError::MissingCode);
    }
    let bytes = base64url::decode(value).ok_or(ShareError::CorruptCode)?;
    String::from_utf8(bytes).map_err(|_| ShareError::CorruptCode)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::executor::Policy;
    use crate::lesson::LESSONS;
    use crate::session::settings::Mode;

    fn sample() -> SharedRun {
        SharedRun {
            lesson: &LESSONS[4],
            code: "fn main() {\n    println!(\"héllo {}\", 1 + 1);\n}\n".to_owned(),
            settings: Settings {
                polls_per_second: 60,
                policy: Policy::BusyPolling,
                mode: Mode::Threads,
                quantum: 7,
                seed: 42,
            },
        }
    }

    #[test]
    fn a_share_link_round_trips_lesson_code_and_settings() {
        let link = encode(&sample());
        assert!(link.starts_with("#/lesson/context-waker?code="), "{link}");
        assert!(
            link.ends_with("&speed=60&policy=busy&mode=threads&quantum=7&seed=42"),
            "{link}"
        );
        assert_eq!(decode(&link), Some(Ok(sample())));
    }

    #[test]
    fn plain_lesson_links_are_not_share_links() {
        assert_eq!(decode("#/lesson/pitfalls"), None);
    }

    #[test]
    fn malformed_links_say_what_is_wrong() {
        let cases = [
            ("#/lesson/nope?code=Zm9v", ShareError::UnknownLesson),
            ("#/lesson/pitfalls?speed=5", ShareError::MissingCode),
            ("#/lesson/pitfalls?code=&speed=5", ShareError::MissingCode),
            ("#/lesson/pitfalls?code=%%%", ShareError::CorruptCode),
            ("#/lesson/pitfalls?code=_w", ShareError::CorruptCode),
            (
                "#/lesson/pitfalls?code=Zm9v&speed=0",
                ShareError::BadParameter("speed=0".into()),
            ),
            (
                "#/lesson/pitfalls?code=Zm9v&policy=eager",
                ShareError::BadParameter("policy=eager".into()),
            ),
            (
                "#/lesson/pitfalls?code=Zm9v&colour",
                ShareError::BadParameter("colour".into()),
            ),
        ];
        for (link, error) in cases {
            assert_eq!(decode(link), Some(Err(error)), "{link}");
        }
    }

    #[test]
    fn oversized_links_are_refused_before_decoding() {
        let link = format!("#/lesson/pitfalls?code={}", "A".repeat(MAX_LINK_BYTES));
        assert_eq!(
            decode(&link),
            Some(Err(ShareError::TooLong { bytes: link.len() }))
        );
    }
}
