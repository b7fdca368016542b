//! Browser tests of the code editor and the state-machine view, run by `wasm-pack test --headless
//! --chrome`: highlighting, line numbers, diagnostics, keys, and the states of an async fn. They
//! drive the components only through DOM events, as a user would.
#![cfg(target_arch = "wasm32")]

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use async_playground::script::ast::Span;
use async_playground::script::Diagnostic;
use async_playground::session::code_marks::LineMark;
use async_playground::ui::editor::{Editor, EditorProps};
use async_playground::ui::state_machine_view::{StateMachineView, StateMachineViewProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlSelectElement, HtmlTextAreaElement, KeyboardEvent,
    KeyboardEventInit,
};
use yew::prelude::*;

mod web_support;
use web_support::{document, new_root, settle, texts};

wasm_bindgen_test_configure!(run_in_browser);

const HELLO: &str = "async fn main() {\n    println!(\"hi\");\n}\n";

/// A fresh element in the page to mount one component into, with the app's stylesheets loaded
/// (once), since the editor's layering depends on them.
fn styled_root() -> Element {
    if document().get_element_by_id("editor-test-styles").is_none() {
        let styles = document().create_element("style").expect("a style element");
        styles.set_id("editor-test-styles");
        let css = [
            include_str!("../www/style.css"),
            include_str!("../www/editor.css"),
        ];
        styles.set_text_content(Some(&css.concat()));
        document()
            .head()
            .expect("a head")
            .append_child(&styles)
            .expect("appended");
    }
    new_root()
}

/// What the editor told its owner.
#[derive(Default)]
struct Recorded {
    changes: RefCell<Vec<String>>,
    runs: Cell<usize>,
}

#[derive(Properties)]
struct OwnerProps {
    code: String,
    diagnostics: Vec<Diagnostic>,
    recorded: Rc<Recorded>,
}

impl PartialEq for OwnerProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.recorded, &other.recorded)
    }
}

/// Owns the program text, as the playground does, and records every callback.
#[function_component]
fn Owner(props: &OwnerProps) -> Html {
    let code = use_state(|| props.code.clone());
    let on_change = {
        let (code, recorded) = (code.clone(), props.recorded.clone());
        Callback::from(move |text: String| {
            recorded.changes.borrow_mut().push(text.clone());
            code.set(text);
        })
    };
    let recorded = props.recorded.clone();
    let on_run = Callback::from(move |()| recorded.runs.set(recorded.runs.get() + 1));
    html! {
        <Editor code={(*code).clone()} diagnostics={props.diagnostics.clone()}
                {on_change} {on_run} label="Program" />
    }
}

async fn mount_editor(code: &str, diagnostics: Vec<Diagnostic>) -> (Element, Rc<Recorded>) {
    let root = styled_root();
    let recorded = Rc::new(Recorded::default());
    let props = OwnerProps {
        code: code.to_owned(),
        diagnostics,
        recorded: recorded.clone(),
    };
    yew::Renderer::<Owner>::with_root_and_props(root.clone(), props).render();
    settle().await;
    (root, recorded)
}

/// The first element under `root` matching `selector`, as the type the test expects.
fn element<T: JsCast>(root: &Element, selector: &str) -> T {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into().ok())
        .unwrap_or_else(|| panic!("an element matching {selector}"))
}

fn textarea(root: &Element) -> HtmlTextAreaElement {
    element(root, "textarea")
}

/// Replaces the text as typing would, and lets the owner re-render.
async fn type_text(textarea: &HtmlTextAreaElement, text: &str) {
    textarea.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    let input = Event::new_with_event_init_dict("input", &init).expect("an event");
    textarea.dispatch_event(&input).expect("dispatched");
    settle().await;
}

/// The highlighting layer's markup, to compare two editors.
fn highlighting_markup(root: &Element) -> String {
    element::<Element>(root, "pre").inner_html()
}

/// Types `text` into the editor in `root` and checks that its highlighting, patched from the
/// previous text, is exactly what an editor mounted with `text` shows.
async fn edit_and_compare_with_fresh(root: &Element, text: &str) {
    type_text(&textarea(root), text).await;
    let (fresh, _) = mount_editor(text, Vec::new()).await;
    let (patched, expected) = (highlighting_markup(root), highlighting_markup(&fresh));
    fresh.remove();
    assert_eq!(patched, expected, "after {text:?}");
}

/// Dispatches a bubbling, cancelable keydown; returns false when the editor prevented the default.
fn press(target: &HtmlTextAreaElement, key: &str, ctrl: bool) -> bool {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_ctrl_key(ctrl);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("an event");
    target.dispatch_event(&event).expect("dispatched")
}

#[wasm_bindgen_test]
async fn the_editor_highlights_tokens_and_numbers_every_line() {
    let (root, _) = mount_editor(HELLO, Vec::new()).await;
    assert_eq!(texts(&root, "pre .tok-keyword"), vec!["async", "fn"]);
    assert_eq!(texts(&root, "pre .tok-string"), vec!["\"hi\""]);
    assert_eq!(texts(&root, "pre .tok-macro"), vec!["println", "!"]);
    assert_eq!(texts(&root, ".line-numbers"), vec!["1\n2\n3\n4"]);
    assert_eq!(
        texts(&root, "pre[aria-hidden=true]"),
        vec![format!("{HELLO}\n")]
    );
    let textarea = textarea(&root);
    assert_eq!(textarea.value(), HELLO);
    assert_eq!(
        textarea.get_attribute("aria-label").as_deref(),
        Some("Program")
    );
    assert_eq!(
        textarea.get_attribute("spellcheck").as_deref(),
        Some("false")
    );
    assert!(root
        .query_selector("[role=alert]")
        .expect("a selector")
        .is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn a_diagnostic_is_listed_marked_and_moves_the_caret_when_clicked() {
    let code = "fn main() {\n    let = 1;\n}\n";
    let diagnostic = Diagnostic::new(code, Span { start: 16, end: 19 }, "expected a pattern");
    let (root, _) = mount_editor(code, vec![diagnostic]).await;
    assert_eq!(
        texts(&root, "[role=alert] button"),
        vec!["2:5: expected a pattern"]
    );
    assert_eq!(texts(&root, ".gutter-mark[data-line='2']"), vec!["!"]);
    assert_eq!(texts(&root, "pre .diagnostic-underline"), vec!["let"]);
    let button: HtmlElement = element(&root, "[role=alert] button");
    button.click();
    let textarea = textarea(&root);
    assert_eq!(textarea.selection_start().expect("a selection"), Some(16));
    let focused = document().active_element().expect("a focused element");
    assert!(focused.is_same_node(Some(&textarea)));
    root.remove();
}

#[wasm_bindgen_test]
async fn typing_reports_the_new_text_and_rehighlights_it() {
    let (root, recorded) = mount_editor(HELLO, Vec::new()).await;
    let textarea = textarea(&root);
    type_text(&textarea, "let answer = 42;").await;
    assert_eq!(*recorded.changes.borrow(), vec!["let answer = 42;"]);
    assert_eq!(texts(&root, "pre .tok-keyword"), vec!["let"]);
    assert_eq!(texts(&root, "pre .tok-number"), vec!["42"]);
    assert_eq!(texts(&root, ".line-numbers"), vec!["1"]);
    root.remove();
}

#[wasm_bindgen_test]
async fn ctrl_enter_runs_the_program_without_editing_it() {
    let (root, recorded) = mount_editor(HELLO, Vec::new()).await;
    let default_allowed = press(&textarea(&root), "Enter", true);
    assert!(!default_allowed, "Ctrl+Enter must not insert a newline");
    assert_eq!(recorded.runs.get(), 1);
    assert!(recorded.changes.borrow().is_empty());
    assert!(
        press(&textarea(&root), "Enter", false),
        "a plain Enter is left to the textarea"
    );
    assert_eq!(recorded.runs.get(), 1);
    root.remove();
}

#[wasm_bindgen_test]
async fn tab_inserts_four_spaces_at_the_caret_and_escape_lets_it_leave() {
    let (root, recorded) = mount_editor("fn main() {\n}\n", Vec::new()).await;
    let textarea = textarea(&root);
    textarea.set_selection_range(12, 12).expect("a caret");
    assert!(!press(&textarea, "Tab", false));
    settle().await;
    assert_eq!(textarea.value(), "fn main() {\n    }\n");
    assert_eq!(textarea.selection_start().expect("a selection"), Some(16));
    assert_eq!(*recorded.changes.borrow(), vec!["fn main() {\n    }\n"]);
    assert!(press(&textarea, "Escape", false));
    assert!(
        press(&textarea, "Tab", false),
        "after Escape, Tab moves focus instead"
    );
    assert_eq!(recorded.changes.borrow().len(), 1);
    root.remove();
}

#[wasm_bindgen_test]
async fn edits_rehighlight_exactly_as_a_fresh_editor_would() {
    let lines = [
        "fn main() {",
        "    let a = 1;",
        "    let b = \"two\";",
        "    println!(\"{a}\");",
        "}",
        "",
    ];
    let original = lines.join("\n");
    let (root, _) = mount_editor(&original, Vec::new()).await;
    let edits = [
        original.replacen("    let a", "    /* let a", 1),
        original
            .replacen("    let a", "    /* let a", 1)
            .replacen("two\";", "two\"; */", 1),
        original.replacen("let b", "let bee", 1),
        original.replacen("\"two\"", "\"two", 1),
        original.replacen("    let a = 1;\n", "", 1),
        original.replacen("fn main", "async fn main", 1),
    ];
    for edit in edits {
        edit_and_compare_with_fresh(&root, &edit).await;
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn typing_or_deleting_anywhere_renders_as_a_fresh_editor_would() {
    let program = "/* a block\n   comment */\nasync fn f<'a>(s: &'a str) -> usize {\n    let quote = \"say \\\"hi\\\"\n    twice\";\n    println!(\"{s}\");\n    quote.len() // done\n}\n";
    let (root, _) = mount_editor("", Vec::new()).await;
    for end in (0..=program.len())
        .step_by(5)
        .filter(|&end| program.is_char_boundary(end))
    {
        let typed = &program[..end];
        edit_and_compare_with_fresh(&root, typed).await;
    }
    let deletions = (0..program.len())
        .step_by(3)
        .filter(|&at| program.is_char_boundary(at + 1));
    for at in deletions {
        let edited = format!("{}{}", &program[..at], &program[at + 1..]);
        edit_and_compare_with_fresh(&root, &edited).await;
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn at_360_pixels_a_long_line_scrolls_inside_the_editor() {
    let long_line = format!("fn main() {{ let s = \"{}\"; }}\n", "x".repeat(200));
    let (root, _) = mount_editor(&long_line, Vec::new()).await;
    root.set_attribute("style", "width: 360px")
        .expect("a style");
    settle().await;
    let editor: HtmlElement = element(&root, ".editor");
    assert!(editor.offset_width() <= 360, "{}", editor.offset_width());
    let textarea = textarea(&root);
    assert!(textarea.scroll_width() > textarea.client_width());
    textarea.set_scroll_left(400);
    textarea
        .dispatch_event(&Event::new("scroll").expect("an event"))
        .expect("dispatched");
    settle().await;
    let layer: Element = element(&root, "pre");
    assert_eq!(layer.scroll_left(), textarea.scroll_left());
    root.remove();
}

#[wasm_bindgen_test]
async fn the_highlighting_lines_up_with_the_textarea_line_for_line() {
    let code = "fn main() {\n\n    let x = 1;\n}\n".repeat(20);
    let (root, _) = mount_editor(&code, Vec::new()).await;
    let lines = root.query_selector_all("pre > span").expect("a selector");
    let heights: Vec<i32> = (0..lines.length())
        .filter_map(|index| lines.item(index)?.dyn_into::<HtmlElement>().ok())
        .map(|line| line.offset_height())
        .collect();
    assert_eq!(heights.len(), 81);
    let line_height = heights[0];
    assert!(line_height > 0 && heights.iter().all(|&height| height == line_height));
    // The textarea scrolls through the same lines; the layer has 2rem (32 px) more room below
    // so that it can always follow.
    let layer: Element = element(&root, "pre");
    let textarea = textarea(&root);
    assert_eq!(layer.scroll_height() - 32, textarea.scroll_height());
    root.remove();
}

const TWO_AWAITS: &str = "\
async fn fetch(n: u32) -> u32 {
    let a = ready(n).await;
    let b = ready(a).await;
    a + b + n
}
";

async fn mount_state_machine(source: &'static str, current_state: Option<usize>) -> Element {
    mount_state_machine_with(source, current_state, Callback::noop()).await
}

async fn mount_state_machine_with(
    source: &'static str,
    current_state: Option<usize>,
    on_select_fn: Callback<String>,
) -> Element {
    let root = styled_root();
    let props = StateMachineViewProps {
        source: source.into(),
        selected_fn: None,
        on_select_fn,
        current_state,
        suspended_at: None,
    };
    yew::Renderer::<StateMachineView>::with_root_and_props(root.clone(), props).render();
    settle().await;
    root
}

#[wasm_bindgen_test]
async fn an_async_fn_with_two_awaits_has_four_states_and_the_current_one_is_marked() {
    let root = mount_state_machine(TWO_AWAITS, Some(2)).await;
    assert_eq!(
        texts(&root, "section[aria-label='State machine'] option"),
        vec!["fetch"]
    );
    assert_eq!(
        texts(&root, ".state-list li"),
        vec![
            "State 0: not started",
            "State 1: suspended at ready(n).await (line 2), keeps: n",
            "State 2: suspended at ready(a).await (line 3), keeps: a, n ← current",
            "Done",
        ]
    );
    assert_eq!(
        texts(
            &root,
            ".state-list li[aria-current=step] .state-current-mark"
        ),
        vec![" ← current"]
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_program_without_async_fn_says_so() {
    let root = mount_state_machine("fn main() {}\n", None).await;
    let text = texts(&root, "section[aria-label='State machine']").concat();
    assert!(text.contains("no async fn"), "{text}");
    assert_eq!(
        texts(&root, "section[aria-label='State machine'] h3"),
        vec!["State machine"],
        "the card has a heading"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn picking_another_async_fn_reports_its_name() {
    let source =
        "async fn first() {}\nstruct Server;\nimpl Server {\n    async fn serve(&self) {}\n}\n";
    let picked = Rc::new(RefCell::new(Vec::new()));
    let record = {
        let picked = picked.clone();
        Callback::from(move |name: String| picked.borrow_mut().push(name))
    };
    let root = mount_state_machine_with(source, None, record).await;
    assert_eq!(texts(&root, "option"), vec!["first", "Server::serve"]);
    let select: HtmlSelectElement = element(&root, "select");
    select.set_value("Server::serve");
    let init = EventInit::new();
    init.set_bubbles(true);
    let change = Event::new_with_event_init_dict("change", &init).expect("an event");
    select.dispatch_event(&change).expect("dispatched");
    assert_eq!(*picked.borrow(), vec!["Server::serve"]);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_lines_where_a_stepped_run_stands_are_shaded_and_marked_in_the_gutter() {
    let root = styled_root();
    let code = "async fn main() {\n    a.await;\n    b.await;\n}\n";
    let props = EditorProps {
        code: code.into(),
        diagnostics: Vec::new(),
        run_lines: Rc::new(vec![(2, LineMark::Parked), (3, LineMark::Ran)]),
        on_change: Callback::noop(),
        on_run: Callback::noop(),
        label: "Program".into(),
    };
    yew::Renderer::<Editor>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let line_classes: Vec<String> = root
        .query_selector_all("pre > span")
        .map(|lines| {
            (0..lines.length())
                .filter_map(|index| lines.item(index)?.dyn_into::<Element>().ok())
                .map(|line| line.class_name())
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(line_classes, ["", "line-parked", "line-ran", "", ""]);
    assert_eq!(texts(&root, ".gutter-run.line-ran"), ["▶"]);
    assert_eq!(texts(&root, ".gutter-run.line-parked"), ["‖"]);
    root.remove();
}
