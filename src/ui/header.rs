//! The page header: the playground's name, linking home, and a skip link for keyboard users.

use yew::prelude::*;

/// The banner at the top of every page.
#[function_component]
pub fn Header() -> Html {
    html! {
        <header class="header">
            <a class="skip-link" href="#main">{ "Skip to the lesson" }</a>
            <a class="brand" href="#/">
                <span class="brand-mark" aria-hidden="true">{ "⟳" }</span>
                <h1>{ "Async Rust Playground" }</h1>
            </a>
            <p class="tagline">{ "Run async Rust and watch every poll, Pending and wake." }</p>
        </header>
    }
}
