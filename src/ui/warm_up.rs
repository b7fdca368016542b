//! Warms the engine and the live views up while the learner reads. A browser compiles each
//! WebAssembly function on its first call, and first with a quick compiler whose code runs
//! slower, so the learner's first Run would pay inside its own frames for compiling the parser,
//! the interpreter, the executor and every view. Right after the page shows, `App` plays a
//! throwaway run of a small program in short slices (`session::pacing::warm_up`), then renders each live view
//! once from it, one view per task, into an element that is not in the document (so nothing
//! is laid out or seen, and no query of the page finds it), then nothing. It changes no session.
//! Plain functions over `App`'s hooks rather than a component: a component of its own cost
//! 2 KB gzip of bundle.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use yew::prelude::*;

use super::playground::performance_now;
use super::views::{Console, Narration, Network, RunView, Tasks, Timeline};
use crate::executor::{Deadline, Executor};
use crate::session::pacing::tuning::WARM_UP_SLICE_MS;
use crate::session::pacing::warm_up::{WarmUp, PROGRAM};
use crate::web::later::later;

/// The views rendered in turn: the Timeline both drawn (as while a run plays fast) and with
/// its marks as buttons, then every other live view.
const VIEW_STEPS: usize = 6;

/// The warm-up's state: the finished run and the view step, from the run's end to the last view.
pub type Warmth = Rc<RefCell<Option<(Rc<Executor>, usize)>>>;

/// Starts the warm-up run in a task of its own; `rerender` shows its views once it ends.
pub fn start(warmth: Warmth, rerender: UseForceUpdateHandle) {
    later(
        Duration::ZERO,
        Box::new(move || {
            if let Some(run) = WarmUp::new(PROGRAM) {
                play(run, warmth, rerender);
            }
        }),
    );
}

/// Plays the warm-up run on, a slice per task, until it ends.
fn play(mut run: WarmUp, warmth: Warmth, rerender: UseForceUpdateHandle) {
    let deadline = Deadline {
        clock: performance_now,
        at_ms: performance_now() + WARM_UP_SLICE_MS,
    };
    if run.go_on(deadline) {
        later(
            Duration::ZERO,
            Box::new(move || play(run, warmth, rerender)),
        );
    } else {
        *warmth.borrow_mut() = Some((Rc::clone(run.executor()), 0));
        show_views(warmth, rerender);
    }
}

/// Renders the view of the current step, and moves on to the next in a task of its own; after
/// the last, drops the run.
fn show_views(warmth: Warmth, rerender: UseForceUpdateHandle) {
    rerender.force_update();
    if warmth.borrow().is_some() {
        later(
            Duration::ZERO,
            Box::new(move || {
                let mut state = warmth.borrow_mut();
                if state.as_mut().is_some_and(|(_, step)| {
                    *step += 1;
                    *step == VIEW_STEPS
                }) {
                    *state = None;
                }
                drop(state);
                show_views(warmth, rerender);
            }),
        );
    }
}

/// The view of this step, rendered outside the document.
pub fn views(warmth: &Warmth) -> Html {
    let Some((executor, step)) = warmth.borrow().clone() else {
        return Html::default();
    };
    let run = RunView::new(executor, 0);
    let Some(host) =
        web_sys::window().and_then(|window| window.document()?.create_element("div").ok())
    else {
        return Html::default();
    };
    let view = match step {
        0 | 1 => html! { <Timeline {run} on_select={Callback::noop()} playing_fast={step == 0} /> },
        2 => html! { <Narration {run} /> },
        3 => html! { <Console ..run /> },
        4 => html! { <Tasks ..run /> },
        5 => html! { <Network ..run /> },
        _ => return Html::default(),
    };
    create_portal(view, host)
}
