//! Whether the page is as narrow as a phone, where the stylesheet shows one pane of the
//! Lesson / Code / Run switch at a time: the playground puts its parts in the order a phone shows
//! them, since keyboard focus follows the page's order, not the order on screen.

use yew::prelude::*;

use crate::web::listener::Listener;

/// The width from which the page is no longer phone-wide: `www/style.css`'s `max-width: 699px`.
const WIDE_FROM: f64 = 700.0;

fn phone_wide() -> bool {
    web_sys::window()
        .and_then(|window| window.inner_width().ok()?.as_f64())
        .is_some_and(|width| width < WIDE_FROM)
}

/// Whether the window is phone-wide, kept up to date as it is resized or a phone turns.
#[hook]
pub fn use_phone_width() -> bool {
    let phone = use_state_eq(phone_wide);
    {
        let phone = phone.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                Listener::new(window.into(), "resize", move |_| phone.set(phone_wide()))
            });
            move || drop(listener)
        });
    }
    *phone
}
