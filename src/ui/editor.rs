//! The code editor: a plain `<textarea>` layered over its syntax highlighting, with line numbers,
//! diagnostics marked where they are and listed below, and the lines where a stepped run stands
//! (the `.await` just reached, those where tasks are parked) shaded with a mark in the gutter.
//! It only renders: the lines, runs, underlines and edited lines are `session::editor_text`'s.
//! It must never insert markup from the program text (every token is a text node) and never own
//! the program: the caller does.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsValue;
use web_sys::{Document, Element, HtmlElement, HtmlTextAreaElement, KeyboardEvent, Node};
use yew::prelude::*;

use crate::script::highlight::TokenClass;
use crate::script::Diagnostic;
use crate::session::code_marks::LineMark;
use crate::session::editor_text::{
    line_count, marked_lines, rehighlight, utf16_offset, Classes, HighlightedSource, Underline,
};

/// What the Tab key inserts: Rust's usual indentation.
const INDENT: &str = "    ";

/// Properties of [`Editor`].
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The program text.
    pub code: AttrValue,
    /// Located problems to show: parse errors, or run-time errors with a line and column.
    #[prop_or_default]
    pub diagnostics: Vec<Diagnostic>,
    /// The lines where the run stands, 1-based and in order, each marked once.
    #[prop_or_default]
    pub run_lines: Rc<Vec<(usize, LineMark)>>,
    /// Called with the whole new text after every edit.
    pub on_change: Callback<String>,
    /// Called on Ctrl+Enter (Cmd+Enter on a Mac).
    #[prop_or_default]
    pub on_run: Callback<()>,
    /// The editor's accessible name, such as "Program".
    pub label: AttrValue,
}

/// The CSS class that colours a token class.
fn token_css_class(class: TokenClass) -> &'static str {
    match class {
        TokenClass::Keyword => "tok-keyword",
        TokenClass::Ident => "tok-ident",
        TokenClass::Type => "tok-type",
        TokenClass::String => "tok-string",
        TokenClass::Number => "tok-number",
        TokenClass::Comment => "tok-comment",
        TokenClass::Macro => "tok-macro",
        TokenClass::Lifetime => "tok-lifetime",
        TokenClass::Punctuation => "tok-punct",
        TokenClass::Error => "tok-error",
        TokenClass::Whitespace => "tok-space",
    }
}

thread_local! {
    static NEXT_EDITOR_ID: Cell<usize> = const { Cell::new(0) };
}

/// A prefix for element ids unique to one mounted editor, so that two editors on a page keep
/// their `aria-describedby` links apart.
fn new_editor_id() -> String {
    let id = NEXT_EDITOR_ID.with(|next| next.replace(next.get() + 1));
    format!("editor-{id}")
}

/// The program editor: highlighted, numbered, with its diagnostics.
#[function_component]
pub fn Editor(props: &EditorProps) -> Html {
    let id = use_state(new_editor_id);
    let textarea = use_node_ref();
    let hint_id = format!("{}-hint", *id);
    let diagnostics_id = format!("{}-diagnostics", *id);
    let described_by = if props.diagnostics.is_empty() {
        hint_id.clone()
    } else {
        format!("{hint_id} {diagnostics_id}")
    };
    html! {
        <div class="editor">
            <Surface
                textarea={textarea.clone()}
                code={props.code.clone()}
                diagnostics={props.diagnostics.clone()}
                run_lines={props.run_lines.clone()}
                label={props.label.clone()}
                described_by={described_by}
                on_change={props.on_change.clone()}
                on_run={props.on_run.clone()}
            />
            <p class="editor-hint" id={hint_id}>
                { "Tab indents; Esc then Tab leaves the editor; Ctrl+Enter runs." }
            </p>
            <DiagnosticList
                id={diagnostics_id}
                code={props.code.clone()}
                diagnostics={props.diagnostics.clone()}
                textarea={textarea}
            />
        </div>
    }
}

/// Properties of [`Surface`].
#[derive(Properties, PartialEq)]
struct SurfaceProps {
    textarea: NodeRef,
    code: AttrValue,
    diagnostics: Vec<Diagnostic>,
    run_lines: Rc<Vec<(usize, LineMark)>>,
    label: AttrValue,
    described_by: AttrValue,
    on_change: Callback<String>,
    on_run: Callback<()>,
}

/// The gutter, and the textarea layered over its highlighting, scrolling together.
#[function_component]
fn Surface(props: &SurfaceProps) -> Html {
    let highlight_layer = use_node_ref();
    let gutter = use_node_ref();
    let escape_pressed = use_mut_ref(|| false);
    let rendered = use_mut_ref(RenderedHighlighting::default);
    {
        let (layer, rendered) = (highlight_layer.clone(), rendered.clone());
        let deps = (
            props.code.clone(),
            props.diagnostics.clone(),
            props.run_lines.clone(),
        );
        use_effect_with(deps, move |(code, diagnostics, run_lines)| {
            if let Some(layer) = layer.cast::<Element>() {
                let mut rendered = rendered.borrow_mut();
                rendered.update(&layer, code, diagnostics);
                rendered.mark_lines(run_lines);
            }
        });
    }
    let line_count = line_count(&props.code);
    let flagged: Rc<Vec<usize>> = Rc::new(props.diagnostics.iter().map(|d| d.line).collect());
    let textarea = props.textarea.clone();
    let on_change = props.on_change.clone();
    let oninput = Callback::from(move |_: InputEvent| {
        if let Some(element) = textarea.cast::<HtmlTextAreaElement>() {
            on_change.emit(element.value());
        }
    });
    let keys = (
        props.textarea.clone(),
        props.on_change.clone(),
        props.on_run.clone(),
    );
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        let escaped = escape_pressed.replace(event.key() == "Escape");
        handle_key(&event, escaped, &keys.0, &keys.1, &keys.2);
    });
    let layers = (
        props.textarea.clone(),
        highlight_layer.clone(),
        gutter.clone(),
    );
    let onscroll = Callback::from(move |_: Event| sync_scroll(&layers.0, &layers.1, &layers.2));
    html! {
        <div class="editor-surface">
            <Gutter node_ref={gutter} {line_count} {flagged} run_lines={props.run_lines.clone()} />
            <div class="editor-code">
                <pre class="editor-highlight" aria-hidden="true" ref={highlight_layer}></pre>
                <textarea ref={props.textarea.clone()} class="editor-input"
                    aria-label={props.label.clone()} aria-describedby={props.described_by.clone()}
                    aria-invalid={props.diagnostics.iter().any(Diagnostic::is_error).then_some("true")}
                    spellcheck="false" autocapitalize="off" autocomplete="off" autocorrect="off"
                    wrap="off" value={props.code.clone()} {oninput} {onkeydown} {onscroll} />
            </div>
        </div>
    }
}

/// Ctrl/Cmd+Enter runs; Tab indents unless Escape came just before (so keyboard users can
/// leave), or Shift is held (Shift+Tab moves focus back, as everywhere else).
fn handle_key(
    event: &KeyboardEvent,
    escaped: bool,
    textarea: &NodeRef,
    on_change: &Callback<String>,
    on_run: &Callback<()>,
) {
    let key = event.key();
    if key == "Enter" && (event.ctrl_key() || event.meta_key()) {
        event.prevent_default();
        on_run.emit(());
    } else if key == "Tab" && !escaped && !event.shift_key() && !event.ctrl_key() {
        let Some(element) = textarea.cast::<HtmlTextAreaElement>() else {
            return;
        };
        event.prevent_default();
        if insert_indent(&element).is_ok() {
            on_change.emit(element.value());
        }
    }
}

/// Replaces the selection with [`INDENT`] and puts the caret after it.
fn insert_indent(element: &HtmlTextAreaElement) -> Result<(), JsValue> {
    let start = element.selection_start()?.unwrap_or(0);
    let end = element.selection_end()?.unwrap_or(start);
    element.set_range_text_with_start_and_end_and_mode(INDENT, start, end, "end")
}

/// Keeps the highlighting and the line numbers where the textarea has scrolled to.
fn sync_scroll(textarea: &NodeRef, highlight_layer: &NodeRef, gutter: &NodeRef) {
    let Some(source) = textarea.cast::<HtmlElement>() else {
        return;
    };
    if let Some(layer) = highlight_layer.cast::<HtmlElement>() {
        layer.set_scroll_top(source.scroll_top());
        layer.set_scroll_left(source.scroll_left());
    }
    if let Some(gutter) = gutter.cast::<HtmlElement>() {
        gutter.set_scroll_top(source.scroll_top());
    }
}

/// What the highlighting layer shows, kept to patch it: Yew renders the `<pre>` empty and this
/// fills it, one `<span>` per line, replacing only the lines whose text or marks changed, so a
/// keystroke in a long program touches one line of the page.
#[derive(Default)]
struct RenderedHighlighting {
    source: AttrValue,
    classes: Classes,
    highlighted: HighlightedSource,
    line_elements: Vec<Element>,
    /// The indices of the line elements shaded as where the run stands.
    marked: Vec<usize>,
}

impl RenderedHighlighting {
    /// Shows `source` with `diagnostics` in `layer`. On a DOM failure the layer keeps its old
    /// content and this its old record, so the next update repairs it.
    fn update(&mut self, layer: &Element, source: &AttrValue, diagnostics: &[Diagnostic]) {
        let classes = rehighlight(&self.source, &self.classes, source);
        let highlighted = HighlightedSource::new(source, &classes, diagnostics);
        let (old_lines, new_lines) =
            highlighted.changed_lines(source, &self.highlighted, &self.source);
        let Some(document) = layer.owner_document() else {
            return;
        };
        let created: Result<Vec<Element>, _> = new_lines
            .map(|index| line_element(&document, source, &highlighted, index))
            .collect();
        let Ok(created) = created else { return };
        let next = self
            .line_elements
            .get(old_lines.end)
            .map(|e| Node::from(e.clone()));
        for element in &created {
            if layer.insert_before(element, next.as_ref()).is_err() {
                return;
            }
        }
        let removed = self.line_elements.splice(old_lines, created);
        removed.for_each(|element| element.remove());
        *self = RenderedHighlighting {
            source: source.clone(),
            classes,
            highlighted,
            line_elements: std::mem::take(&mut self.line_elements),
            marked: std::mem::take(&mut self.marked),
        };
    }

    /// Shades the lines where the run stands, and no others.
    fn mark_lines(&mut self, run_lines: &[(usize, LineMark)]) {
        for index in self.marked.drain(..) {
            if let Some(element) = self.line_elements.get(index) {
                element.set_class_name("");
            }
        }
        for (index, mark) in marked_lines(run_lines, self.line_elements.len()) {
            if let Some(element) = self.line_elements.get(index) {
                element.set_class_name(line_mark_class(mark));
                self.marked.push(index);
            }
        }
    }
}

/// The class of a line, and of its gutter mark, where the run stands.
fn line_mark_class(mark: LineMark) -> &'static str {
    match mark {
        LineMark::Ran => "line-ran",
        LineMark::Parked => "line-parked",
    }
}

/// Line `index` as a `<span>` of coloured runs (text nodes, never markup) and its newline.
fn line_element(
    document: &Document,
    source: &str,
    highlighted: &HighlightedSource,
    index: usize,
) -> Result<Element, JsValue> {
    let line_element = document.create_element("span")?;
    let Some((line, segments)) = highlighted.line(index) else {
        return Ok(line_element);
    };
    for segment in segments {
        let text = source.get(segment.start..segment.end).unwrap_or_default();
        if segment.class == TokenClass::Whitespace && segment.underline == Underline::None {
            line_element.append_with_str_1(text)?;
            continue;
        }
        let run = document.create_element("span")?;
        let underline = match segment.underline {
            Underline::None => "",
            Underline::Error => " diagnostic-underline",
            Underline::Warning => " diagnostic-underline diagnostic-underline-warning",
        };
        run.set_class_name(&format!("{}{underline}", token_css_class(segment.class)));
        run.set_text_content(Some(text));
        line_element.append_with_node_1(&run)?;
    }
    if line.marked_at_end {
        let point = document.create_element("span")?;
        point.set_class_name("diagnostic-point");
        line_element.append_with_node_1(&point)?;
    }
    line_element.append_with_str_1("\n")?;
    Ok(line_element)
}

/// Properties of [`Gutter`].
#[derive(Properties, PartialEq)]
struct GutterProps {
    node_ref: NodeRef,
    line_count: usize,
    /// 1-based lines that have a diagnostic.
    flagged: Rc<Vec<usize>>,
    /// The lines where the run stands.
    run_lines: Rc<Vec<(usize, LineMark)>>,
}

/// The line numbers (one text node, cheap for long programs), a mark on each line that has
/// a diagnostic and one on each line where the run stands, placed by its line number.
#[function_component]
fn Gutter(props: &GutterProps) -> Html {
    let numbers = use_memo(props.line_count, |&count| {
        let numbers: Vec<String> = (1..=count).map(|number| number.to_string()).collect();
        numbers.join("\n")
    });
    let marks = props.flagged.iter().map(|line| {
        html! { <span class="gutter-mark" data-line={line.to_string()} style={format!("--line: {line}")}>{ "!" }</span> }
    });
    let run_marks = marked_lines(&props.run_lines, props.line_count).map(|(index, mark)| {
        let line = index + 1;
        let sign = match mark {
            LineMark::Ran => "▶",
            LineMark::Parked => "‖",
        };
        html! { <span class={classes!("gutter-run", line_mark_class(mark))} style={format!("--line: {line}")}>{ sign }</span> }
    });
    html! {
        <div class="editor-gutter" aria-hidden="true" ref={props.node_ref.clone()}>
            <div class="line-numbers">{ (*numbers).clone() }</div>
            { for run_marks }
            { for marks }
        </div>
    }
}

/// Properties of [`DiagnosticList`].
#[derive(Properties, PartialEq)]
struct DiagnosticListProps {
    id: AttrValue,
    code: AttrValue,
    diagnostics: Vec<Diagnostic>,
    textarea: NodeRef,
}

/// The diagnostics as `line:col: message` buttons that put the caret where each one points.
#[function_component]
fn DiagnosticList(props: &DiagnosticListProps) -> Html {
    if props.diagnostics.is_empty() {
        return html! {};
    }
    let items = props.diagnostics.iter().map(|diagnostic| {
        let caret = utf16_offset(&props.code, diagnostic.span.start);
        let textarea = props.textarea.clone();
        let onclick = Callback::from(move |_: MouseEvent| move_caret(&textarea, caret));
        let class = classes!(
            "diagnostic-link",
            (!diagnostic.is_error()).then_some("diagnostic-warning")
        );
        html! {
            <li><button type="button" {class} {onclick}>{ diagnostic.summary() }</button></li>
        }
    });
    html! {
        <div class="editor-diagnostics" role="alert" id={props.id.clone()}>
            <ul>{ for items }</ul>
        </div>
    }
}

/// Focuses the textarea with the caret at `caret` (UTF-16 units). Blurring first makes the
/// browser scroll the caret into view when it takes focus again.
fn move_caret(textarea: &NodeRef, caret: u32) {
    let Some(element) = textarea.cast::<HtmlTextAreaElement>() else {
        return;
    };
    // Focus calls fail only on detached elements, where there is nothing to move.
    let _ = element.blur();
    let _ = element.set_selection_range(caret, caret);
    let _ = element.focus();
}
