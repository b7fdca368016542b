//! The welcome page: what the playground is for and where to start.

use yew::prelude::*;

use crate::lesson::{route::Route, LESSONS};

/// The page shown at the empty fragment.
#[function_component]
pub fn Home() -> Html {
    let first = Route::Lesson(&LESSONS[0]).fragment();
    html! {
        <section class="home">
            <h2>{ "Learn async Rust by watching it run" }</h2>
            <p>
                { "Async Rust is a contract between futures that say " }
                <code>{ "Pending" }</code>
                { " and executors that poll them again once a waker fires. These lessons run real \
                   Rust programs on a small executor inside this page, so you can see that contract \
                   being kept, one poll at a time." }
            </p>
            <p>{ "The lessons build on each other; start with the first, or pick any from the list." }</p>
            <p><a class="button" href={first}>{ "Start with lesson 1" }</a></p>
        </section>
    }
}
