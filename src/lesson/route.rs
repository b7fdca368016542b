//! The playground's addresses: which page the URL fragment names (`#/lesson/<slug>`), and back.
//! Pure string work so it can be tested natively; reading and writing the real URL is `web`'s job.

use super::{find, Lesson};

/// A page of the playground, as named by the URL fragment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// The welcome page with the lesson list.
    Home,
    /// One lesson.
    Lesson(&'static Lesson),
    /// A fragment that names no page; the UI says so instead of showing a blank page.
    NotFound,
}

const LESSON_PREFIX: &str = "#/lesson/";

impl Route {
    /// Reads a URL fragment such as `#/lesson/lazy-futures` (an empty fragment is the home page).
    /// A query after `?` (a share link's payload) does not change the page.
    pub fn parse(fragment: &str) -> Route {
        let path = fragment.split_once('?').map_or(fragment, |(path, _)| path);
        match path {
            "" | "#" | "#/" => Route::Home,
            _ => path
                .strip_prefix(LESSON_PREFIX)
                .and_then(|slug| find(slug.trim_end_matches('/')))
                .map_or(Route::NotFound, Route::Lesson),
        }
    }

    /// The fragment that leads to this page.
    pub fn fragment(self) -> String {
        match self {
            Route::Home | Route::NotFound => "#/".to_owned(),
            Route::Lesson(lesson) => format!("{LESSON_PREFIX}{}", lesson.slug),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::LESSONS;

    #[test]
    fn every_lesson_round_trips_through_its_fragment() {
        for lesson in &LESSONS {
            let route = Route::Lesson(lesson);
            assert_eq!(Route::parse(&route.fragment()), route);
        }
    }

    #[test]
    fn empty_fragments_are_home_and_unknown_ones_are_not_found() {
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#/"), Route::Home);
        assert_eq!(Route::parse("#/lesson/nope"), Route::NotFound);
        assert_eq!(Route::parse("#/elsewhere"), Route::NotFound);
        let pitfalls = find("pitfalls");
        assert_eq!(
            Some(Route::parse("#/lesson/pitfalls/")),
            pitfalls.map(Route::Lesson)
        );
        assert_eq!(
            Some(Route::parse("#/lesson/pitfalls?code=Zm9v")),
            pitfalls.map(Route::Lesson)
        );
    }
}
