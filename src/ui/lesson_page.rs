//! One lesson's page, laid out as a workbench: its heading, the lesson text (beside the
//! workbench on a wide screen, and hideable), the playground, and links to the lessons on either
//! side; on a narrow screen a Lesson / Code / Run switch shows one pane at a time. The learner's
//! layout choices are kept (`session::layout`); sizes are the stylesheet's alone.

use yew::prelude::*;

use super::playground::Playground;
use super::prose::Prose;
use crate::lesson::{route::Route, Lesson, LESSONS};
use crate::session::layout::{
    lesson_text_saved, lesson_text_shown, Pane, LESSON_TEXT_KEY, PANE_KEY,
};
use crate::web::storage;

/// Properties of [`LessonPage`].
#[derive(Properties, PartialEq)]
pub struct LessonPageProps {
    /// The lesson to show.
    pub lesson: &'static Lesson,
}

/// A lesson: heading, prose, playground and previous/next navigation.
#[function_component]
pub fn LessonPage(props: &LessonPageProps) -> Html {
    let lesson = props.lesson;
    let text_shown =
        use_state(|| lesson_text_shown(storage::load(LESSON_TEXT_KEY).ok().flatten().as_deref()));
    let pane = use_state(|| Pane::from_saved(storage::load(PANE_KEY).ok().flatten().as_deref()));
    let toggle_text = {
        let text_shown = text_shown.clone();
        Callback::from(move |_: MouseEvent| {
            let shown = !*text_shown;
            // Failing to save only means the choice is not kept after a reload.
            let _ = storage::save(LESSON_TEXT_KEY, lesson_text_saved(shown));
            text_shown.set(shown);
        })
    };
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
    let (toggle_label, text_class) = if *text_shown {
        ("Hide lesson text", None)
    } else {
        ("Show lesson text", Some("text-hidden"))
    };
    html! {
        <article class={classes!("lesson", text_class)} data-pane={pane.name()} aria-labelledby="lesson-title">
            <div class="lesson-head">
                <p class="lesson-kicker">{ format!("Lesson {} of {}", lesson.number, LESSONS.len()) }</p>
                <h2 id="lesson-title">{ lesson.title }</h2>
                <button type="button" class="text-toggle" aria-expanded={text_shown.to_string()}
                        aria-controls="lesson-text" onclick={toggle_text}>{ toggle_label }</button>
            </div>
            { pane_switch(&pane) }
            <section id="lesson-text" class="lesson-text" aria-label="Lesson text">
                <Prose source={lesson.prose} />
            </section>
            <Playground key={lesson.slug} {lesson} />
            <nav class="pagers" aria-label="Previous and next lesson">
                { link(neighbour(-1), "prev", "←") }
                { link(neighbour(1), "next", "→") }
            </nav>
        </article>
    }
}

/// The Lesson / Code / Run switch that a narrow screen shows instead of all three panes.
fn pane_switch(pane: &UseStateHandle<Pane>) -> Html {
    html! {
        <div class="pane-switch" role="group" aria-label="Show">
            { for Pane::ALL.into_iter().map(|each| {
                let pane_handle = pane.clone();
                let onclick = Callback::from(move |_: MouseEvent| {
                    // Failing to save only means the choice is not kept after a reload.
                    let _ = storage::save(PANE_KEY, each.name());
                    pane_handle.set(each);
                });
                html! {
                    <button type="button" aria-pressed={(**pane == each).to_string()}
                            aria-label={format!("Show the {}", each.name().to_ascii_lowercase())} {onclick}>{ each.name() }</button>
                }
            }) }
        </div>
    }
}
