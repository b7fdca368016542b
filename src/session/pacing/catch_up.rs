//! When each live view catches up with a run, so that no animation frame redraws more than one
//! view after a big change: while a fast run plays, the views move on in turn, at most one per
//! frame and each at most every [`FAST_RUN_RENDER_MS`]; after a run jumped far ahead (it finished
//! or paused after a fast stretch) they move on one per frame; a small change (a step, a slow
//! run) shows in every view at once. Pure arithmetic on versions, trace lengths and timestamps;
//! it decides when views render, never what they show.

use crate::session::pacing::tuning::{FAST_RUN_RENDER_MS, SAME_FRAME_MS, SMALL_CHANGE_EVENTS};

/// The live views that catch up separately: Timeline, Narration, Console, Tasks and Network.
pub const VIEWS: usize = 5;

/// What one view shows: the session version, the trace length at it, and when it was drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shown {
    /// The session version the view shows.
    pub version: u64,
    /// How many trace events the run had at that version.
    pub events: usize,
    /// When the view was last moved on, in milliseconds.
    pub at_ms: f64,
}

/// Moves the views on towards `now`: while no fast run plays, every view a small change behind
/// at once; then, unless a view was already drawn in this frame, the one that has waited longest
/// (during a fast run, only once its interval has passed).
pub fn catch_up(shown: &mut [Shown; VIEWS], now: Shown, fast: bool) {
    let is_small =
        |view: &Shown| now.events < view.events || now.events - view.events <= SMALL_CHANGE_EVENTS;
    if !fast {
        shown
            .iter_mut()
            .filter(|view| view.version != now.version && is_small(view))
            .for_each(|view| *view = now);
    }
    let drawn_this_frame = shown
        .iter()
        .any(|view| view.version == now.version && now.at_ms - view.at_ms < SAME_FRAME_MS);
    let due = |view: &&mut Shown| {
        view.version != now.version && (!fast || now.at_ms - view.at_ms >= FAST_RUN_RENDER_MS)
    };
    let longest_waiting = shown
        .iter_mut()
        .filter(due)
        .min_by(|a, b| a.at_ms.total_cmp(&b.at_ms));
    if let Some(view) = longest_waiting.filter(|_| !drawn_this_frame) {
        *view = now;
    }
}

/// Whether a fast run's next render, at `now_ms`, moves a view on: then the frame leaves the run
/// less time, so that the run's work and the view's render together stay short. The frame moves
/// the run on (a new version), so only the views' intervals matter.
pub fn view_due(shown: &[Shown; VIEWS], now_ms: f64) -> bool {
    shown
        .iter()
        .any(|view| now_ms - view.at_ms >= FAST_RUN_RENDER_MS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(version: u64, events: usize, at_ms: f64) -> Shown {
        Shown {
            version,
            events,
            at_ms,
        }
    }

    fn caught_up(shown: &[Shown; VIEWS], version: u64) -> usize {
        shown.iter().filter(|view| view.version == version).count()
    }

    #[test]
    fn a_small_change_shows_in_every_view_at_once() {
        let mut shown = [at(1, 10, 0.0); VIEWS];
        catch_up(&mut shown, at(2, 12, 16.0), false);
        assert_eq!(caught_up(&shown, 2), VIEWS);
        catch_up(&mut shown, at(3, 0, 20.0), false);
        assert_eq!(caught_up(&shown, 3), VIEWS, "a new run starts small");
    }

    #[test]
    fn after_a_big_jump_one_view_catches_up_per_frame() {
        let mut shown = [at(1, 10, 0.0); VIEWS];
        for frame in 1..=VIEWS {
            let now = at(2, 5_000, frame as f64 * 16.7);
            catch_up(&mut shown, now, false);
            assert_eq!(caught_up(&shown, 2), frame);
            // Rendering again in the same frame moves no other view.
            catch_up(
                &mut shown,
                Shown {
                    at_ms: now.at_ms + 2.0,
                    ..now
                },
                false,
            );
            assert_eq!(caught_up(&shown, 2), frame);
        }
    }

    #[test]
    fn a_fast_run_knows_beforehand_which_frames_render_a_view() {
        let mut shown = [at(1, 0, -1_000.0); VIEWS];
        for frame in 0..60_u64 {
            let now = at(frame + 2, frame as usize * 300, frame as f64 * 16.7);
            let before = shown;
            let due = view_due(&shown, now.at_ms);
            catch_up(&mut shown, now, true);
            assert_eq!(due, shown != before, "frame {frame}");
        }
    }

    #[test]
    fn during_a_fast_run_each_view_waits_its_turn_and_its_interval() {
        let mut shown = [at(1, 0, -1_000.0); VIEWS];
        let mut drawn = Vec::new();
        for frame in 0..60_u64 {
            let before = shown;
            catch_up(
                &mut shown,
                at(frame + 2, frame as usize * 300, frame as f64 * 16.7),
                true,
            );
            let moved: Vec<usize> = (0..VIEWS)
                .filter(|&view| shown[view] != before[view])
                .collect();
            assert!(moved.len() <= 1, "frame {frame} redrew views {moved:?}");
            drawn.extend(moved.into_iter().map(|view| (view, frame)));
        }
        for view in 0..VIEWS {
            let frames: Vec<u64> = drawn
                .iter()
                .filter(|drawn| drawn.0 == view)
                .map(|drawn| drawn.1)
                .collect();
            assert!(frames.len() >= 5, "view {view} drawn in frames {frames:?}");
            assert!(frames
                .windows(2)
                .all(|pair| (pair[1] - pair[0]) as f64 * 16.7 >= FAST_RUN_RENDER_MS));
        }
    }
}
