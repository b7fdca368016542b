//! The code editor: a plain `<textarea>` layered over its syntax highlighting, with line numbers,
//! diagnostics marked where they are and listed below. It must never insert markup from the
//! program text (every token is a text node) and never own the program: the caller does.

use std::cell::Cell;
use std::ops::Range;
use std::rc::Rc;

use web_sys::{HtmlElement, HtmlTextAreaElement, KeyboardEvent};
use yew::prelude::*;

use crate::script::highlight::{highlight, TokenClass};
use crate::script::Diagnostic;

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
    /// Called with the whole new text after every edit.
    pub on_change: Callback<String>,
    /// Called on Ctrl+Enter (Cmd+Enter on a Mac).
    #[prop_or_default]
    pub on_run: Callback<()>,
    /// The editor's accessible name, such as "Program".
    pub label: AttrValue,
}

/// One run of text on a line with a single colour, possibly underlined by a diagnostic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// The text, without any newline.
    pub text: String,
    /// How to colour it.
    pub class: TokenClass,
    /// Whether a diagnostic covers it.
    pub underlined: bool,
}

/// One source line, ready to render.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HighlightedLine {
    /// The line's text in coloured runs.
    pub segments: Vec<Segment>,
    /// Whether a diagnostic points at the end of this line (an empty range there, such as a
    /// missing `;`), which is shown as a mark after the last character.
    pub marked_at_end: bool,
}

/// The program's lines with their colours and underlines, one entry per line (an empty program
/// has one empty line). Linear in the source, because it runs on every keystroke.
pub fn highlighted_lines(source: &str, diagnostics: &[Diagnostic]) -> Vec<HighlightedLine> {
    let underlines = underline_ranges(source, diagnostics);
    let points = end_of_line_points(source, diagnostics);
    let mut lines = vec![HighlightedLine::default()];
    for (range, class) in highlight(source) {
        let mut start = range.start;
        while start < range.end {
            if source.as_bytes().get(start) == Some(&b'\n') {
                lines.push(HighlightedLine::default());
                start += 1;
                continue;
            }
            let end = next_cut(source, start, range.end, &underlines);
            let (Some(text), Some(line)) = (source.get(start..end), lines.last_mut()) else {
                break;
            };
            line.segments.push(Segment {
                text: text.to_owned(),
                class,
                underlined: is_underlined(start, &underlines),
            });
            start = end;
        }
    }
    for line in points {
        if let Some(line) = lines.get_mut(line) {
            line.marked_at_end = true;
        }
    }
    lines
}

/// Where the run starting at `start` (not a newline) must end: at `limit`, before the next
/// newline, or at an underline boundary.
fn next_cut(source: &str, start: usize, limit: usize, underlines: &[Range<usize>]) -> usize {
    let rest = source.get(start..limit).unwrap_or("");
    let line_end = rest.find('\n').map_or(limit, |newline| start + newline);
    underlines
        .iter()
        .flat_map(|range| [range.start, range.end])
        .filter(|&at| at > start && at < line_end && source.is_char_boundary(at))
        .min()
        .unwrap_or(line_end)
}

fn is_underlined(at: usize, underlines: &[Range<usize>]) -> bool {
    underlines.iter().any(|range| range.contains(&at))
}

/// The byte ranges to underline: each diagnostic's span, widened to its first character when it
/// is empty, and dropped when it covers no visible character (see [`end_of_line_points`]).
fn underline_ranges(source: &str, diagnostics: &[Diagnostic]) -> Vec<Range<usize>> {
    diagnostics
        .iter()
        .filter_map(|diagnostic| {
            let start = diagnostic.span.start.min(source.len());
            let first = source.get(start..)?.chars().next().filter(|&c| c != '\n')?;
            let end = diagnostic
                .span
                .end
                .clamp(start + first.len_utf8(), source.len());
            Some(start..end)
        })
        .collect()
}

/// The 0-based lines whose diagnostics point at a newline or at the end of the program.
fn end_of_line_points(source: &str, diagnostics: &[Diagnostic]) -> Vec<usize> {
    diagnostics
        .iter()
        .filter(|diagnostic| {
            let rest = source.get(diagnostic.span.start..).unwrap_or("");
            rest.is_empty() || rest.starts_with('\n')
        })
        .map(|diagnostic| diagnostic.line.saturating_sub(1))
        .collect()
}

/// The CSS class that colours a token class.
pub fn token_css_class(class: TokenClass) -> &'static str {
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

/// The position of byte `offset` of `source` in UTF-16 code units, which is how a textarea
/// counts its caret. An offset inside a character counts that character as before it.
pub fn utf16_offset(source: &str, offset: usize) -> u32 {
    let units: usize = source
        .char_indices()
        .take_while(|&(at, _)| at < offset)
        .map(|(_, c)| c.len_utf16())
        .sum();
    u32::try_from(units).unwrap_or(u32::MAX)
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
    let lines = use_memo(
        (props.code.clone(), props.diagnostics.clone()),
        |(code, diagnostics)| {
            let lines = highlighted_lines(code, diagnostics);
            lines.into_iter().map(Rc::new).collect::<Vec<_>>()
        },
    );
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
            <Gutter node_ref={gutter} line_count={lines.len()} flagged={flagged} />
            <div class="editor-code">
                <pre class="editor-highlight" aria-hidden="true" ref={highlight_layer}>
                    { for lines.iter().map(|line| html! { <CodeLine line={line.clone()} /> }) }
                </pre>
                <textarea ref={props.textarea.clone()} class="editor-input"
                    aria-label={props.label.clone()} aria-describedby={props.described_by.clone()}
                    aria-invalid={(!props.diagnostics.is_empty()).then_some("true")}
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
fn insert_indent(element: &HtmlTextAreaElement) -> Result<(), wasm_bindgen::JsValue> {
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

/// Properties of [`CodeLine`].
#[derive(Properties, PartialEq)]
struct CodeLineProps {
    line: Rc<HighlightedLine>,
}

/// One highlighted line. A component of its own so that a keystroke re-renders only the lines
/// whose text or marks changed: Yew skips a component whose properties are equal.
#[function_component]
fn CodeLine(props: &CodeLineProps) -> Html {
    let segments = props.line.segments.iter().map(|segment| {
        let underline = segment.underlined.then_some("diagnostic-underline");
        match (segment.class, underline) {
            (TokenClass::Whitespace, None) => html! { { segment.text.clone() } },
            (class, underline) => html! {
                <span class={classes!(token_css_class(class), underline)}>{ segment.text.clone() }</span>
            },
        }
    });
    let end_mark = props
        .line
        .marked_at_end
        .then(|| html! { <span class="diagnostic-point"></span> });
    html! { <>{ for segments }{ for end_mark }{ "\n" }</> }
}

/// Properties of [`Gutter`].
#[derive(Properties, PartialEq)]
struct GutterProps {
    node_ref: NodeRef,
    line_count: usize,
    /// 1-based lines that have a diagnostic.
    flagged: Rc<Vec<usize>>,
}

/// The line numbers, with a mark on each line that has a diagnostic.
#[function_component]
fn Gutter(props: &GutterProps) -> Html {
    let numbers = (1..=props.line_count).map(|number| {
        if props.flagged.contains(&number) {
            html! { <span class="line-number flagged"><span class="gutter-mark">{ "!" }</span>{ number }</span> }
        } else {
            html! { <span class="line-number">{ number }</span> }
        }
    });
    html! {
        <div class="editor-gutter" aria-hidden="true" ref={props.node_ref.clone()}>
            { for numbers }
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
        html! {
            <li><button type="button" class="diagnostic-link" {onclick}>{ diagnostic.to_string() }</button></li>
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
