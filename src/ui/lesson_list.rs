//! The curriculum as a navigation list: every lesson, numbered, linking to its page, with the
//! current one marked for sight and for screen readers.

use yew::prelude::*;

use crate::lesson::{route::Route, LESSONS};

/// Properties of [`LessonList`].
#[derive(Properties, PartialEq)]
pub struct LessonListProps {
    /// The slug of the lesson being shown, if any.
    pub current: Option<&'static str>,
}

/// The list of the ten lessons.
#[function_component]
pub fn LessonList(props: &LessonListProps) -> Html {
    let items = LESSONS.iter().map(|lesson| {
        let is_current = props.current == Some(lesson.slug);
        html! {
            <li key={lesson.slug} class={classes!("lesson-link", is_current.then_some("current"))}>
                <a href={Route::Lesson(lesson).fragment()}
                   aria-current={is_current.then_some("page")}>
                    <span class="lesson-number">{ lesson.number }</span>
                    <span class="lesson-title">{ lesson.title }</span>
                </a>
                <span class="lesson-summary">{ lesson.summary }</span>
            </li>
        }
    });
    html! {
        <nav class="lesson-list" aria-label="Lessons">
            <h2 class="lesson-list-heading">{ "Lessons" }</h2>
            <ol>{ for items }</ol>
        </nav>
    }
}
