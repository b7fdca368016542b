//! The root component: follows the URL fragment and shows the header, the lesson list and the page
//! the fragment names. It owns the route state; children only render what they are given.

use std::time::Duration;

use yew::prelude::*;

use super::views::warm_canvas_fonts;
use super::warm_up;
use super::{header::Header, home::Home, lesson_list::LessonList, lesson_page::LessonPage};
use crate::lesson::route::Route;
use crate::web::later::later;
use crate::web::location::{self, FragmentListener};

/// The whole playground.
#[function_component]
pub fn App() -> Html {
    let route = use_state(|| Route::parse(&location::fragment()));
    let warmth = use_mut_ref(|| None);
    let rerender = use_force_update();
    {
        let route = route.clone();
        let (warmth, rerender) = (warmth.clone(), rerender.clone());
        use_effect_with((), move |_| {
            let listener =
                FragmentListener::new(move |fragment| route.set(Route::parse(&fragment)));
            // In a task of its own once the page shows, rather than in a frame of the first fast run.
            later(Duration::ZERO, Box::new(warm_canvas_fonts));
            warm_up::start(warmth, rerender);
            move || drop(listener)
        });
    }
    use_effect_with(*route, |route| {
        location::set_title(&page_title(*route));
        // Another lesson is another page: it opens at its top, not at the last one's scroll.
        location::scroll_to_top();
    });
    let current = match *route {
        Route::Lesson(lesson) => Some(lesson.slug),
        Route::Home | Route::NotFound => None,
    };
    html! {
        <div class="app">
            { warm_up::views(&warmth) }
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
        Route::Lesson(lesson) => format!(
            "{}. {} · Async Rust Playground",
            lesson.number, lesson.title
        ),
        Route::Home | Route::NotFound => "Async Rust Playground".to_owned(),
    }
}
