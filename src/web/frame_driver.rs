//! The requestAnimationFrame driver: calls the executor's one drive verb, `tick(budget)`, once per
//! animation frame, so a program advances a bounded number of polls per frame and the page never
//! blocks. It stops requesting frames as soon as no work remains. It decides nothing about what
//! the executor does; it only paces it. The same driver runs a callback once, after the next
//! frame (`after_next_frame`).

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use std::time::Duration;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::later::later;
use crate::executor::{Executor, Progress};

type FrameCallback = Closure<dyn FnMut(f64)>;

/// Runs a callback once per animation frame (typically one executor `tick`), until dropped or
/// until the callback says no work remains.
///
/// Dropping the driver cancels the frame it has requested, so a page can stop a run at any time.
pub struct FrameDriver {
    callback: Rc<RefCell<Option<FrameCallback>>>,
    requested: Rc<Cell<Option<i32>>>,
}

impl FrameDriver {
    /// Calls `frame` once per animation frame, with the frame's timestamp in milliseconds,
    /// for as long as it returns `true`.
    pub fn start(mut frame: impl FnMut(f64) -> bool + 'static) -> FrameDriver {
        let callback: Rc<RefCell<Option<FrameCallback>>> = Rc::new(RefCell::new(None));
        let requested = Rc::new(Cell::new(None));
        let weak_callback = Rc::downgrade(&callback);
        let frame_requested = Rc::clone(&requested);
        let on_frame = Closure::<dyn FnMut(f64)>::new(move |timestamp_ms| {
            frame_requested.set(None);
            if frame(timestamp_ms) {
                request_frame(&weak_callback, &frame_requested);
            }
        });
        *callback.borrow_mut() = Some(on_frame);
        request_frame(&Rc::downgrade(&callback), &requested);
        FrameDriver {
            callback,
            requested,
        }
    }

    /// Drives `executor` at `polls_per_frame` polls per frame until no work remains. After every
    /// frame, `on_frame` receives what the tick reported; the last call it gets carries
    /// [`Progress::Done`] or [`Progress::Stalled`].
    pub fn drive(
        executor: Rc<Executor>,
        polls_per_frame: usize,
        mut on_frame: impl FnMut(&Progress) + 'static,
    ) -> FrameDriver {
        FrameDriver::start(move |_| {
            let progress = executor.tick(polls_per_frame);
            on_frame(&progress);
            progress.has_work()
        })
    }

    /// Whether a frame is still requested, that is, whether the run is still going.
    pub fn is_running(&self) -> bool {
        self.requested.get().is_some()
    }
}

impl Drop for FrameDriver {
    fn drop(&mut self) {
        if let (Some(id), Some(window)) = (self.requested.take(), web_sys::window()) {
            // Cancelling first matters: the browser must never call a callback that is freed.
            let _ = window.cancel_animation_frame(id);
        }
        self.callback.borrow_mut().take();
    }
}

/// Calls `callback` from a task of its own once the next animation frame has begun: after that
/// frame's style and layout, so that reading layout there forces none. Dropping the returned
/// driver before that frame cancels the call.
pub fn after_next_frame(callback: Box<dyn FnOnce()>) -> FrameDriver {
    let mut callback = Some(callback);
    FrameDriver::start(move |_| {
        if let Some(callback) = callback.take() {
            later(Duration::ZERO, callback);
        }
        false
    })
}

fn request_frame(callback: &Weak<RefCell<Option<FrameCallback>>>, requested: &Cell<Option<i32>>) {
    let (Some(callback), Some(window)) = (callback.upgrade(), web_sys::window()) else {
        return;
    };
    let callback = callback.borrow();
    if let Some(function) = callback.as_ref() {
        requested.set(
            window
                .request_animation_frame(function.as_ref().unchecked_ref())
                .ok(),
        );
    }
}
