//! The Timeline's zoom: how wide each event's column is drawn, from a whole window of events on
//! screen to the captions readable. It changes only sizes (a column, a mark and its letters),
//! never which events are drawn; the scrub moves over the rest of the run.

/// A column's width (`--step`) and a mark's size (`.mark`'s `--size`) at 100 %, in rem.
pub(super) const STEP_REM: f64 = 1.6;
pub(super) const MARK_REM: f64 = 1.3;

/// The zoom levels offered, in percent of the sizes above.
const LEVELS: [u32; 5] = [25, 50, 75, 100, 150];
/// The level a timeline starts at: 100 %.
const DEFAULT_LEVEL: usize = 3;

/// One of the zoom levels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Zoom(usize);

impl Default for Zoom {
    fn default() -> Self {
        Zoom(DEFAULT_LEVEL)
    }
}

impl Zoom {
    /// The level in percent.
    pub(super) fn percent(self) -> u32 {
        LEVELS[self.0]
    }

    /// A column's width in rem.
    pub(super) fn step_rem(self) -> f64 {
        STEP_REM * f64::from(self.percent()) / 100.0
    }

    /// A mark's size in rem: it shrinks with its column, and grows no larger than at 100 %, so
    /// that marks never overlap.
    pub(super) fn mark_rem(self) -> f64 {
        MARK_REM * f64::from(self.percent().min(100)) / 100.0
    }

    /// The next level in, if any.
    pub(super) fn zoomed_in(self) -> Option<Zoom> {
        (self.0 + 1 < LEVELS.len()).then_some(Zoom(self.0 + 1))
    }

    /// The next level out, if any.
    pub(super) fn zoomed_out(self) -> Option<Zoom> {
        self.0.checked_sub(1).map(Zoom)
    }

    /// The custom properties that size the grid at this level (views.css reads them).
    pub(super) fn style(self) -> String {
        format!(
            "--step:{}rem;--mark-size:{}rem;",
            self.step_rem(),
            self.mark_rem()
        )
    }
}
