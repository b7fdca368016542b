//! Browser tests of the app shell, run by `wasm-pack test --headless --chrome`: the app mounts,
//! lists the ten lessons, and follows the URL fragment to a lesson's page.
#![cfg(target_arch = "wasm32")]

use async_playground::lesson::LESSONS;
use async_playground::ui::App;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;

mod web_support;
use web_support::{document, new_root, settle, settle_until, texts};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh app into its own element and lets Yew render.
async fn mount_app() -> Element {
    let root = new_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    root
}

#[wasm_bindgen_test]
async fn the_app_lists_all_ten_lessons_in_order() {
    let root = mount_app().await;
    let titles = texts(&root, "nav.lesson-list .lesson-title");
    let expected: Vec<String> = LESSONS
        .iter()
        .map(|lesson| lesson.title.to_owned())
        .collect();
    assert_eq!(titles, expected);
    root.remove();
}

#[wasm_bindgen_test]
async fn following_a_lesson_link_shows_its_title_and_prose() {
    let window = web_sys::window().expect("a window");
    window.location().set_hash("#/").expect("hash set");
    let root = mount_app().await;
    let lesson = &LESSONS[4];
    window
        .location()
        .set_hash(&format!("#/lesson/{}", lesson.slug))
        .expect("hash set");
    // Yew renders the list and runs the title effect in passes after the page itself.
    let title = format!("5. {} · Async Rust Playground", lesson.title);
    settle_until(|| !texts(&root, "[aria-current=page]").is_empty() && document().title() == title)
        .await;
    assert_eq!(texts(&root, "#lesson-title"), vec![lesson.title.to_owned()]);
    let paragraphs = texts(&root, ".prose p");
    assert!(
        paragraphs.len() >= 2,
        "the prose has paragraphs: {paragraphs:?}"
    );
    assert!(paragraphs.iter().any(|text| text.starts_with("Try this:")));
    assert_eq!(
        texts(&root, "[aria-current=page] .lesson-title"),
        vec![lesson.title.to_owned()]
    );
    assert_eq!(document().title(), title);
    window.location().set_hash("#/").expect("hash set");
    root.remove();
}

#[wasm_bindgen_test]
async fn an_unknown_lesson_says_so_instead_of_a_blank_page() {
    let window = web_sys::window().expect("a window");
    window
        .location()
        .set_hash("#/lesson/no-such-lesson")
        .expect("hash set");
    let root = mount_app().await;
    assert_eq!(
        texts(&root, ".not-found h2"),
        vec!["No such page".to_owned()]
    );
    window.location().set_hash("#/").expect("hash set");
    root.remove();
}
