//! The root component: follows the URL fragment and shows the header, the lesson list and the page
//! the fragment names. It owns the route state; children only render what they are given.

use std::time::Duration;

use yew::prelude::*;

use super::views::warm_canvas_fonts;
use super::{header::Header, home::Home, lesson_list::LessonList, lesson_page::LessonPage};
use super::playground::performance_now;
use crate::executor::Deadline;
use crate::lesson::presets::presets;
use crate::lesson::route::Route;
use crate::session::warm_up::WarmUp;
use crate::web::later::later;
use crate::web::location::{self, FragmentListener};

/// The lesson whose first preset warms the engine up: it spawns, yields, joins and prints.
const WARM_UP_LESSON: &str = "executor-tasks";

/// How long each slice of the warm-up may run, in milliseconds.
const WARM_UP_SLICE_MS: f64 = 3.0;

/// Runs the warm-up on, a slice per task, until it ends.
fn warm_up(mut run: WarmUp) {
    let deadline = Deadline { clock: performance_now, at_ms: performance_now() + WARM_UP_SLICE_MS };
    if run.go_on(deadline) {
        later(Duration::ZERO, Box::new(move || warm_up(run)));
    }
}

/// The whole playground.
#[function_component]
pub fn App() -> Html {
    let route = use_state(|| Route::parse(&location::fragment()));
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = FragmentListener::new(move |fragment| route.set(Route::parse(&fragment)));
            // In tasks of their own once the page shows, rather than in frames of the first run.
            later(Duration::ZERO, Box::new(warm_canvas_fonts));
            later(Duration::ZERO, Box::new(|| WarmUp::new(presets(WARM_UP_LESSON)[0].source).map_or((), warm_up)));
            move || drop(listener)
        });
    }
    use_effect_with(*route, |route| location::set_title(&page_title(*route)));
    let current = match *route {
        Route::Lesson(lesson) => Some(lesson.slug),
        Route::Home | Route::NotFound => None,
    };
    html! {
        <div class="app">
            <Header />
            <div class="layout">
                <LessonList {current} />
                <main id="main" class="page">
                    { page(*route) }
                </main>
            </div>
        </div>
    }
}

fn page(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::Lesson(lesson) => html! { <LessonPage {lesson} /> },
        Route::NotFound => html! {
            <section class="not-found" role="alert">
                <h2>{ "No such page" }</h2>
                <p>{ "This address names no lesson. Pick one from the list." }</p>
            </section>
        },
    }
}

fn page_title(route: Route) -> String {
    match route {
        Route::Lesson(lesson) => format!("{}. {} · Async Rust Playground", lesson.number, lesson.title),
        Route::Home | Route::NotFound => "Async Rust Playground".to_owned(),
    }
}
