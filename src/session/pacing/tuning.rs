//! Every number that sets how a run is spread over animation frames and how much the live views
//! re-render and draw, in one place, so that they are tuned together: a frame's run work, a
//! view's render and the browser's layout of it share the main thread, and the end-to-end
//! performance test measures them together. Named constants only; the code that applies each
//! one is named beside it. Nothing here reads a clock or decides anything.

// The run's share of a frame.

/// The longest a frame may spend advancing the run, in milliseconds, leaving the rest of the
/// frame's 16 ms for rendering.
pub const FRAME_WORK_MS: f64 = 4.0;

/// The longest a fast run's frame may spend advancing the run when it also renders a live view,
/// or lays out and paints the view rendered just before: the view's render, or its style, layout
/// and paint, share a main-thread task with that work, which should stay under 8 ms.
pub const RENDER_FRAME_WORK_MS: f64 = 1.0;

/// How many polls run between two looks at the clock (`session::run`): an interpreted poll can
/// take a noticeable part of [`RENDER_FRAME_WORK_MS`], so the clock is read every few polls.
pub const POLLS_PER_TIME_CHECK: usize = 8;

/// The most polls one frame may run (`pacing::pacer`), so that a frame's work stays well under
/// its 16 ms whatever the speed control says.
pub const MAX_POLLS_PER_FRAME: usize = 2_000;

/// The longest gap between frames that the pacer makes up for; longer gaps (a hidden tab) are
/// not, so that coming back to the tab causes no burst.
pub const MAX_FRAME_GAP_MS: f64 = 100.0;

/// How long each slice of the warm-up run may take (`ui::warm_up`), in milliseconds: short
/// enough that a learner's first click right after the page shows is not kept waiting.
pub const WARM_UP_SLICE_MS: f64 = 3.0;

// When the live views re-render (`pacing::catch_up`).

/// While a run plays faster than this many polls per second, the live views catch up with it at
/// most every [`FAST_RUN_RENDER_MS`]: drawing every frame would leave no time to run.
pub const FAST_RUN_POLLS_PER_SECOND: u32 = 60;

/// How often, at most, each live view is re-rendered while a fast run plays.
pub const FAST_RUN_RENDER_MS: f64 = 100.0;

/// Renders closer together than this belong to one animation frame (a frame is 16.7 ms at 60 Hz;
/// the frame's run work moves the render within it by a few ms).
pub const SAME_FRAME_MS: f64 = 10.0;

/// A change of at most this many trace events is small: a step, a step back or a slow run. Every
/// view shows a small change at once, and the Timeline draws it as buttons; a bigger one comes
/// from a run moving fast: each view waits for a frame of its own to catch up, and the Timeline
/// draws its marks on a canvas until the trace stands still.
pub const SMALL_CHANGE_EVENTS: usize = 64;

// How much each view draws, and how much of it one render adds.

/// How many events the Timeline shows at once.
pub const WINDOW_EVENTS: u64 = 150;

/// The Timeline places marks by their distance from an anchor that moves only every this many
/// events, so that while the window follows a run, marks already drawn keep their attributes and
/// only the lanes' shift changes.
pub const ANCHOR_STRIDE: u64 = 4096;

/// Up to this many tasks every task has a Timeline lane, even one idle in the window; beyond it
/// only the tasks with the newest marks in the window get one, at most this many. A window of a
/// run with a thousand tasks would otherwise draw a lane per event: far taller than the view, and
/// too many nodes to re-render while the run plays.
pub const MAX_LANES: usize = 32;

/// At most this many Timeline lanes are added as elements by one render, the rest in the
/// following frames: a run that spawns a thousand tasks at once would otherwise build all
/// [`MAX_LANES`] lanes (and restyle and lay them out) in one frame.
pub const LANES_PER_RENDER: usize = 2;

/// How long the trace must stand still before the Timeline's canvas gives way to the marks as
/// buttons. A fast run re-renders the Timeline every [`FAST_RUN_RENDER_MS`], well within it.
pub const SETTLE_MS: u64 = 250;

/// Once the trace settles, its drawn marks become buttons [`MARKS_PER_RENDER`] at a time, a
/// render every this many milliseconds: more than a frame, so that the browser builds, lays out
/// and paints each part in a frame of its own.
pub const SETTLE_STEP_MS: u64 = 20;

/// At most this many drawn marks become buttons per settle step, on at most [`LANES_PER_RENDER`]
/// lanes not yet begun: a lane with a whole window of marks (a run of one task) at once would
/// restyle hundreds of elements in one frame.
pub const MARKS_PER_RENDER: usize = 10;

/// Rows the Timeline's canvas draws beyond each edge of the viewport, so that a short scroll, or
/// the page moving a little above the Timeline, shows no undrawn row before the next draw.
pub const ROWS_BEYOND_VIEW: f64 = 2.0;

/// At most this many task rows are drawn in the Tasks table, so that a run of a thousand tasks
/// stays cheap to re-render; the totals always cover every task. A table lays out all its cells
/// whenever one changes, as every counter does on each update of a fast run.
pub const MAX_TASK_ROWS: usize = 25;

/// At most this many Tasks rows are added by one render: a run that spawns a thousand tasks at
/// once would otherwise build all [`MAX_TASK_ROWS`] rows in one frame. The rest follow after the
/// next frames, one render each (renders in tasks of their own but before the next frame would
/// all be laid out in that one frame).
pub const TASK_ROWS_PER_RENDER: usize = 10;

/// At most this many of the newest Console lines are drawn.
pub const MAX_CONSOLE_LINES: usize = 500;

/// How many recent events the Narration lists as sentences.
pub const NARRATED_EVENTS: u64 = 20;

/// How long the editor waits after the last keystroke before checking the code.
pub const CHECK_DELAY_MS: u64 = 400;
