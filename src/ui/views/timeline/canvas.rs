//! The Timeline's picture while a run moves fast (playing at speed, or a big jump): the marks and
//! wake arrows drawn on one `<canvas>`, with the same letter, shape and colour as the buttons, so
//! that a frame costs one drawing instead of restyling, laying out and painting a button per mark.
//! The focusable buttons come back once the trace stands still.

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement};

use super::zoom::{Zoom, MARK_REM};
use super::{Caption, MarkKind};
use crate::executor::PollOutcome;
use crate::session::pacing::tuning::ROWS_BEYOND_VIEW;
use crate::session::timeline_geometry::Geometry;

/// The size of views.css's timeline lane (`--lane-height`) in rem; a column's and a mark's depend
/// on the zoom (`zoom.rs`). The canvas's CSS size and place come from the same variables.
const LANE_REM: f64 = 3.0;
/// The lane names' column (`--label-width`).
const LABEL_REM: f64 = 7.5;

/// One mark on the picture.
#[derive(PartialEq)]
pub(super) struct Glyph {
    pub column: u32,
    pub row: u32,
    pub kind: MarkKind,
    pub caption: Option<Caption>,
    pub selected: bool,
}

/// A wake arrow in `column`, from the waking task's row to the woken one's.
#[derive(PartialEq)]
pub(super) struct Arrow {
    pub column: u32,
    pub from: u32,
    pub to: u32,
}

/// Everything the canvas shows.
#[derive(PartialEq)]
pub(super) struct Picture {
    pub zoom: Zoom,
    pub columns: u32,
    pub rows: u32,
    pub glyphs: Vec<Glyph>,
    pub arrows: Vec<Arrow>,
}

/// The theme's colours, read from the canvas's inherited custom properties, so that light, dark
/// and any change of them follow style.css.
struct Colours {
    text: String,
    surface: String,
    muted: String,
    code_bg: String,
    accent: String,
    accent_text: String,
    pending: String,
    ready: String,
}

impl Colours {
    fn of(canvas: &HtmlCanvasElement) -> Option<Colours> {
        let style = web_sys::window()?.get_computed_style(canvas).ok()??;
        let read = |name: &str| {
            style
                .get_property_value(name)
                .map(|value| value.trim().to_owned())
                .unwrap_or_default()
        };
        Some(Colours {
            text: read("--text"),
            surface: read("--surface"),
            muted: read("--muted"),
            code_bg: read("--code-bg"),
            accent: read("--accent"),
            accent_text: read("--accent-text"),
            pending: read("--pending"),
            ready: read("--ready"),
        })
    }
}

/// What drawing reads from style and layout, read once when a canvas is first drawn and kept while
/// the run moves fast (the Timeline drops it when the marks become buttons, so the next fast
/// stretch follows a change of theme): reading computed style or a layout box on every draw made
/// the browser recompute style and layout in the middle of a frame.
pub(super) struct Style {
    /// The root font size in CSS pixels.
    rem: f64,
    colours: Colours,
    /// The scroller's width, which bounds how much of the track it can show.
    view_width: f64,
    /// The lanes' top relative to the viewport, and the viewport's height: which rows are on
    /// screen. Read again whenever the page scrolls ([`Style::follow_page`]).
    lanes_top: f64,
    view_height: f64,
    /// The part drawn last time, whose place the canvas's inline style already says.
    drawn: Option<Region>,
    /// A canvas outside the page that the picture is drawn on, then copied to the one shown:
    /// setting a font on a canvas in the page makes the browser bring the page's style up to
    /// date first (milliseconds, in the middle of a frame that has just changed the page); on a
    /// canvas outside it, it does not.
    offscreen: HtmlCanvasElement,
}

/// The columns and rows of the picture that the canvas covers: those on screen. The bitmap is
/// copied to the compositor whenever it changes, in software compositing 2 ms for the 32
/// lanes of a run of many tasks, whether they are in sight or not.
#[derive(Clone, Copy, PartialEq)]
struct Region {
    columns: (u32, u32),
    rows: (u32, u32),
}

impl Style {
    /// Reads the scroller's width and where the lanes are on screen (layout reads, once per fast
    /// stretch: the frame lays the page out anyway), falling back to the viewport's width when
    /// the canvas is not in a scroller.
    fn read(canvas: &HtmlCanvasElement) -> Option<Style> {
        let window = web_sys::window()?;
        let scroller = canvas.closest(".timeline-scroll").ok().flatten();
        let view_width = match scroller {
            Some(scroller) => f64::from(scroller.client_width()),
            None => window.inner_width().ok()?.as_f64()?,
        };
        let offscreen = window
            .document()?
            .create_element("canvas")
            .ok()?
            .dyn_into()
            .ok()?;
        let mut style = Style {
            rem: rem_px(),
            colours: Colours::of(canvas)?,
            view_width,
            lanes_top: 0.0,
            view_height: 0.0,
            drawn: None,
            offscreen,
        };
        style.follow_page(canvas);
        Some(style)
    }

    /// Reads again where the lanes are on screen, after the page scrolled or resized.
    pub fn follow_page(&mut self, canvas: &HtmlCanvasElement) {
        // The canvas's own top is the drawn rows'; its parent's is the lanes'.
        if let (Some(lanes), Some(window)) = (canvas.parent_element(), web_sys::window()) {
            self.lanes_top = lanes.get_bounding_client_rect().top();
            self.view_height = window
                .inner_height()
                .ok()
                .and_then(|height| height.as_f64())
                .unwrap_or_default();
        }
    }
}

/// The column of the picture at `x` CSS pixels from the canvas's left edge, as drawn with `style`
/// at `zoom` (from the first column, at the root font size, before the first draw).
pub(super) fn column_at(style: Option<&Style>, x: f64, zoom: Zoom) -> f64 {
    let (first, rem) = style.map_or((0, None), |style| {
        (
            style.drawn.map_or(0, |region| region.columns.0),
            Some(style.rem),
        )
    });
    f64::from(first) + x / (zoom.step_rem() * rem.unwrap_or_else(rem_px))
}

/// The root font size in CSS pixels, which the timeline's rem sizes scale with.
fn rem_px() -> f64 {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element());
    let style = root.and_then(|root| web_sys::window()?.get_computed_style(&root).ok()?);
    let size = style.and_then(|style| style.get_property_value("font-size").ok());
    size.and_then(|size| crate::script::decimal::parse_f64(size.trim_end_matches("px")))
        .unwrap_or(16.0)
}

/// The columns of the track that the scroller can show, worked out without reading layout on each
/// draw (the scroller's width is read once per fast stretch): the
/// row-reverse scroller is anchored at the grid's right edge and `scroll_left` (zero or negative)
/// moves it left, and it shows at most its own width. A window is far wider than the view, and
/// every pixel of the bitmap is copied to the compositor when it changes (in software compositing,
/// a bitmap as wide as the viewport made that copy take longer than the drawing).
fn visible_columns(columns: u32, scroll_left: f64, style: &Style, zoom: Zoom) -> (u32, u32) {
    let (first, last) =
        geometry(style.rem, zoom).view_in_columns(columns, scroll_left, style.view_width);
    (first.floor() as u32, last.ceil() as u32)
}

/// The Timeline's sizes at `zoom`, for a root font of `rem` CSS pixels.
fn geometry(rem: f64, zoom: Zoom) -> Geometry {
    Geometry {
        rem,
        label: LABEL_REM * rem,
        step: zoom.step_rem() * rem,
    }
}

/// Moves `scroller` to the nearest offset that is a whole number of columns at `zoom` from the
/// newest events (`Geometry::aligned_offset`): after a scroll by hand or a change of zoom, no
/// mark is left half hidden beside the lane names.
pub(super) fn align_to_columns(scroller: &Element, zoom: Zoom) {
    let offset = f64::from(scroller.scroll_left());
    let aligned = geometry(rem_px(), zoom).aligned_offset(offset);
    // The browser keeps whole pixels: a difference under one is already aligned.
    if (aligned - offset).abs() >= 1.0 {
        scroller.set_scroll_left(aligned as i32);
    }
}

/// The columns wholly in view in `scroller`, the timeline's scroller of a grid of `columns` at
/// `zoom`: the first, and one past the last.
pub(super) fn columns_in_view(scroller: &Element, columns: u32, zoom: Zoom) -> (u32, u32) {
    let scroll_left = f64::from(scroller.scroll_left());
    let view_width = f64::from(scroller.client_width());
    let (first, last) = geometry(rem_px(), zoom).view_in_columns(columns, scroll_left, view_width);
    // A column cut off by less than a pixel or two (the browser rounds scroll offsets) counts
    // as in view.
    let slack = 0.1;
    ((first - slack).ceil() as u32, (last + slack).floor() as u32)
}

/// The scroll offset of `scroller` that puts column `last` (exclusive) at its right edge, at
/// `zoom`.
pub(super) fn scroll_to_end_at(scroller: &Element, columns: u32, last: u32, zoom: Zoom) {
    let step = zoom.step_rem() * rem_px();
    let hidden = f64::from(columns.saturating_sub(last)) * step;
    // Row-reverse: offsets count leftwards from the right edge, as negatives.
    scroller.set_scroll_left(-(hidden.round() as i32));
}

/// The rows on screen, and [`ROWS_BEYOND_VIEW`] more on each side.
fn visible_rows(rows: u32, style: &Style) -> (u32, u32) {
    let lane = LANE_REM * style.rem;
    let margin = ROWS_BEYOND_VIEW * lane;
    let row = |y: f64| (y / lane).clamp(0.0, f64::from(rows));
    (
        row(-style.lanes_top - margin).floor() as u32,
        row(style.view_height - style.lanes_top + margin).ceil() as u32,
    )
}

/// Draws `picture` on the part of the canvas that is in view, at the device's pixel density, with
/// the style kept in `cache` (read on the first draw).
pub(super) fn draw(
    canvas: &HtmlCanvasElement,
    picture: &Picture,
    cache: &mut Option<Style>,
    scroll_left: f64,
) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if cache.is_none() {
        *cache = Style::read(canvas);
    }
    let Some(cached) = cache.as_mut() else { return };
    let (rem, scale) = (cached.rem, window.device_pixel_ratio().max(1.0));
    let zoom = picture.zoom;
    let (step, lane) = (zoom.step_rem() * rem, LANE_REM * rem);
    let region = Region {
        columns: visible_columns(picture.columns, scroll_left, cached, zoom),
        rows: visible_rows(picture.rows, cached),
    };
    let Region {
        columns: (first, last),
        rows: (top_row, end_row),
    } = region;
    if cached.drawn != Some(region) {
        cached.drawn = Some(region);
        let style = canvas.style();
        _ = style.set_property(
            "left",
            &format!("calc(var(--label-width) + {first} * var(--step))"),
        );
        _ = style.set_property("width", &format!("calc({} * var(--step))", last - first));
        _ = style.set_property("top", &format!("calc({top_row} * var(--lane-height))"));
        _ = style.set_property(
            "height",
            &format!("calc({} * var(--lane-height))", end_row - top_row),
        );
    }
    // Whole device pixels; setting a size clears the bitmap and resets the transform.
    let (width, height) = (
        (f64::from(last - first) * step * scale).ceil() as u32,
        (f64::from(end_row - top_row) * lane * scale).ceil() as u32,
    );
    for canvas in [canvas, &cached.offscreen] {
        if (canvas.width(), canvas.height()) != (width, height) {
            canvas.set_width(width);
            canvas.set_height(height);
        }
    }
    if width == 0 || height == 0 {
        return;
    }
    let (Some(shown_context), Some(context)) = (context_2d(canvas), context_2d(&cached.offscreen))
    else {
        return;
    };
    let (left, top) = (f64::from(first) * step, f64::from(top_row) * lane);
    _ = context.set_transform(scale, 0.0, 0.0, scale, -left * scale, -top * scale);
    context.clear_rect(
        left,
        top,
        f64::from(last - first) * step,
        f64::from(end_row - top_row) * lane,
    );
    let pen = Pen {
        context,
        colours: &cached.colours,
        rem,
        step,
        lane,
        mark: zoom.mark_rem() * rem,
    };
    let shown = |column: u32, rows: (u32, u32)| {
        column + 1 >= first && column <= last && rows.0 < end_row && rows.1 >= top_row
    };
    let arrows = picture.arrows.iter().filter(|arrow| {
        shown(
            arrow.column,
            (arrow.from.min(arrow.to), arrow.from.max(arrow.to)),
        )
    });
    arrows.for_each(|arrow| pen.arrow(arrow));
    // Setting a font parses it and looks it up, which costs more than drawing a glyph: each font
    // is set once, for all the letters and then for all the captions.
    let glyphs = || {
        picture
            .glyphs
            .iter()
            .filter(|glyph| shown(glyph.column, (glyph.row, glyph.row)))
    };
    // Letters and captions shrink with the marks when zoomed out.
    let letters = zoom.mark_rem() / MARK_REM;
    pen.context.set_text_align("center");
    pen.context.set_text_baseline("middle");
    pen.context.set_font(&format!(
        "700 {}px system-ui, sans-serif",
        0.7 * rem * letters
    ));
    glyphs().for_each(|glyph| pen.glyph(glyph));
    pen.context.set_fill_style_str(&cached.colours.muted);
    pen.context.set_text_baseline("top");
    pen.context.set_font(&format!(
        "600 {}px system-ui, sans-serif",
        0.55 * rem * letters
    ));
    glyphs().for_each(|glyph| pen.caption(glyph));
    shown_context.clear_rect(0.0, 0.0, f64::from(width), f64::from(height));
    _ = shown_context.draw_image_with_html_canvas_element(&cached.offscreen, 0.0, 0.0);
}

fn context_2d(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok().flatten()?.dyn_into().ok()
}

/// Draws a mark with a caption once on a canvas that is never shown. The first text a page draws
/// in a font costs milliseconds (finding the font and shaping its glyphs), and the browser keeps
/// that work for the page: done while the page is idle, it is not done in the first frame of the
/// first fast run.
pub fn warm_fonts() {
    let canvas = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.create_element("canvas").ok());
    if let Some(canvas) = canvas.and_then(|canvas| canvas.dyn_into().ok()) {
        let glyph = Glyph {
            column: 0,
            row: 0,
            kind: MarkKind::Spawn,
            caption: Some(Caption::Text("timer")),
            selected: false,
        };
        draw(
            &canvas,
            &Picture {
                zoom: Zoom::default(),
                columns: 1,
                rows: 1,
                glyphs: vec![glyph],
                arrows: Vec::new(),
            },
            &mut None,
            0.0,
        );
    }
}

struct Pen<'a> {
    context: CanvasRenderingContext2d,
    colours: &'a Colours,
    rem: f64,
    step: f64,
    lane: f64,
    /// A mark's size in pixels.
    mark: f64,
}

impl Pen<'_> {
    fn centre(&self, column: u32, row: u32) -> (f64, f64) {
        (
            (f64::from(column) + 0.5) * self.step,
            (f64::from(row) + 0.5) * self.lane,
        )
    }

    /// Like a `.mark` button: letter, shape and colour by kind, a ring when selected; the letter in
    /// the font already set.
    fn glyph(&self, glyph: &Glyph) {
        let context = &self.context;
        let (x, y) = self.centre(glyph.column, glyph.row);
        let size = self.mark;
        let (left, top) = (x - size / 2.0, y - size / 2.0);
        let c = self.colours;
        let (letter, fill, stroke, ink, dash): (&str, &str, &str, &str, &[f64]) = match glyph.kind {
            MarkKind::Spawn => ("S", &c.surface, &c.muted, &c.muted, &[2.0, 2.0]),
            MarkKind::Poll(PollOutcome::Pending) => ("P", &c.surface, &c.pending, &c.pending, &[]),
            MarkKind::Poll(PollOutcome::Ready) => ("R", &c.ready, &c.ready, &c.surface, &[]),
            MarkKind::Wake => ("W", &c.surface, &c.muted, &c.muted, &[4.0, 2.0]),
            MarkKind::Output => ("O", &c.code_bg, &c.text, &c.text, &[]),
            MarkKind::Diagnosis => ("!", &c.accent, &c.accent, &c.accent_text, &[]),
            MarkKind::Preempt => ("T", &c.surface, &c.text, &c.text, &[1.0, 2.0]),
            MarkKind::Abort => ("✕", &c.accent, &c.accent, &c.accent_text, &[]),
        };
        if glyph.selected {
            context.set_fill_style_str(&c.text);
            context.fill_rect(left - 4.0, top - 4.0, size + 8.0, size + 8.0);
            context.set_fill_style_str(&c.surface);
            context.fill_rect(left - 2.0, top - 2.0, size + 4.0, size + 4.0);
        }
        context.begin_path();
        if glyph.kind == MarkKind::Poll(PollOutcome::Pending) {
            _ = context.arc(x, y, size / 2.0 - 1.0, 0.0, std::f64::consts::TAU);
        } else {
            context.rect(left + 1.0, top + 1.0, size - 2.0, size - 2.0);
        }
        context.set_fill_style_str(fill);
        context.fill();
        let dash: js_sys::Array = dash
            .iter()
            .map(|&length| wasm_bindgen::JsValue::from(length))
            .collect();
        _ = context.set_line_dash(&dash);
        context.set_line_width(if glyph.kind == MarkKind::Output {
            1.0
        } else {
            2.0
        });
        context.set_stroke_style_str(stroke);
        context.stroke();
        _ = context.set_line_dash(&js_sys::Array::new());
        context.set_fill_style_str(ink);
        _ = context.fill_text(letter, x, y + 0.5);
    }

    /// A mark's caption under it, in the font and colour already set.
    fn caption(&self, glyph: &Glyph) {
        if let Some(caption) = &glyph.caption {
            let (x, y) = self.centre(glyph.column, glyph.row);
            let size = self.mark;
            _ = self
                .context
                .fill_text(&caption.to_string(), x, y + size / 2.0 + 1.0);
        }
    }

    /// Like a `.wake-arrow`: a line between the two rows' marks, its head at the woken one.
    fn arrow(&self, arrow: &Arrow) {
        let context = &self.context;
        let (x, from) = self.centre(arrow.column, arrow.from);
        let (_, to) = self.centre(arrow.column, arrow.to);
        let gap = 0.75 * self.rem;
        let (start, end, head) = if from < to {
            (from + gap, to - gap, -7.0)
        } else {
            (from - gap, to + gap, 7.0)
        };
        context.set_stroke_style_str(&self.colours.muted);
        context.set_fill_style_str(&self.colours.muted);
        context.set_line_width(2.0);
        context.begin_path();
        context.move_to(x, start);
        context.line_to(x, end + head);
        context.stroke();
        context.begin_path();
        context.move_to(x - 5.0, end + head);
        context.line_to(x + 5.0, end + head);
        context.line_to(x, end);
        context.close_path();
        context.fill();
    }
}
