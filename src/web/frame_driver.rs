//! The requestAnimationFrame driver: calls the executor's one drive verb, `tick(budget)`, once per
//! animation frame, so a program advances a bounded number of polls per frame and the page never
//! blocks. It stops requesting frames as soon as no work remains. It decides nothing about what
//! the executor does; it only paces it.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::executor::{Executor, Progress};

type FrameCallback = Closure<dyn FnMut()>;

/// Drives an executor, one `tick` per animation frame, until dropped or out of work.
///
/// Dropping the driver cancels the frame it has requested, so a page can stop a run at any time.
pub struct FrameDriver {
    callback: Rc<RefCell<Option<FrameCallback>>>,
    requested: Rc<Cell<Option<i32>>>,
}

impl FrameDriver {
    /// Starts driving `executor` at `polls_per_frame` polls per frame. After every frame,
    /// `on_frame` receives what the tick reported; the last call it gets carries
    /// [`Progress::Done`] or [`Progress::Stalled`].
    pub fn start(
        executor: Rc<Executor>,
        polls_per_frame: usize,
        mut on_frame: impl FnMut(&Progress) + 'static,
    ) -> FrameDriver {
        let callback: Rc<RefCell<Option<FrameCallback>>> = Rc::new(RefCell::new(None));
        let requested = Rc::new(Cell::new(None));
        let weak_callback = Rc::downgrade(&callback);
        let frame_requested = Rc::clone(&requested);
        let frame = Closure::<dyn FnMut()>::new(move || {
            frame_requested.set(None);
            let progress = executor.tick(polls_per_frame);
            on_frame(&progress);
            if has_work(&progress) {
                request_frame(&weak_callback, &frame_requested);
            }
        });
        *callback.borrow_mut() = Some(frame);
        request_frame(&Rc::downgrade(&callback), &requested);
        FrameDriver { callback, requested }
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

/// Whether another tick could do anything. Timers count: the next tick jumps virtual time.
fn has_work(progress: &Progress) -> bool {
    matches!(progress, Progress::Busy | Progress::WaitingOnTimers { .. })
}

fn request_frame(callback: &Weak<RefCell<Option<FrameCallback>>>, requested: &Cell<Option<i32>>) {
    let (Some(callback), Some(window)) = (callback.upgrade(), web_sys::window()) else {
        return;
    };
    let callback = callback.borrow();
    if let Some(function) = callback.as_ref() {
        requested.set(window.request_animation_frame(function.as_ref().unchecked_ref()).ok());
    }
}
