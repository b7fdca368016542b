//! One lesson's page: its number, title and prose, and links to the lessons on either side.

use yew::prelude::*;

use super::playground::Playground;
use super::prose::Prose;
use crate::lesson::{route::Route, Lesson, LESSONS};

/// Properties of [`LessonPage`].
#[derive(Properties, PartialEq)]
pub struct LessonPageProps {
    /// The lesson to show.
    pub lesson: &'static Lesson,
}

/// A lesson: heading, prose and previous/next navigation.
#[function_component]
pub fn LessonPage(props: &LessonPageProps) -> Html {
    let lesson = props.lesson;
    let neighbour = |offset: isize| {
        let index = lesson.number.checked_add_signed(offset - 1)?;
        LESSONS.get(index)
    };
    let link = |target: Option<&'static Lesson>, rel: &'static str, label: &'static str| {
        target.map(|target| {
            html! {
                <a class={classes!("pager", rel)} {rel} href={Route::Lesson(target).fragment()}>
                    { format!("{label} {}. {}", target.number, target.title) }
                </a>
            }
        })
    };
    html! {
        <article class="lesson" aria-labelledby="lesson-title">
            <p class="lesson-kicker">{ format!("Lesson {} of {}", lesson.number, LESSONS.len()) }</p>
            <h2 id="lesson-title">{ lesson.title }</h2>
            <Prose source={lesson.prose} />
            <Playground key={lesson.slug} {lesson} />
            <nav class="pagers" aria-label="Previous and next lesson">
                { link(neighbour(-1), "prev", "←") }
                { link(neighbour(1), "next", "→") }
            </nav>
        </article>
    }
}
