//! Browser tests of the requestAnimationFrame driver, run by `wasm-pack test --headless --chrome`:
//! a spawned set of tasks runs to completion over several real animation frames, never more polls
//! per frame than the budget, and the driver stops requesting frames once no work remains.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use async_playground::executor::{sleep, yield_now, Executor, Progress};
use async_playground::web::frame_driver::FrameDriver;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const POLLS_PER_FRAME: usize = 5;

/// Three workers that yield and sleep on the virtual clock: 3 x (1 + 4) polls and a timer jump.
fn executor_with_workers() -> Rc<Executor> {
    let executor = Rc::new(Executor::new());
    for worker in 0..3 {
        executor.spawn(format!("worker {worker}"), async move {
            for _ in 0..3 {
                yield_now().await;
            }
            sleep(10).await;
        });
    }
    executor
}

async fn wait_for_frames() {
    yew::platform::time::sleep(Duration::from_millis(400)).await;
}

#[wasm_bindgen_test]
async fn the_driver_runs_tasks_to_completion_a_bounded_number_of_polls_per_frame() {
    let executor = executor_with_workers();
    let frames: Rc<RefCell<Vec<(u64, Progress)>>> = Rc::default();
    let driver = {
        let (executor_seen, frames) = (Rc::clone(&executor), Rc::clone(&frames));
        FrameDriver::drive(Rc::clone(&executor), POLLS_PER_FRAME, move |progress| {
            frames
                .borrow_mut()
                .push((executor_seen.stats().total.polls, progress.clone()));
        })
    };
    wait_for_frames().await;
    let frames = frames.borrow();
    let polls_per_frame: Vec<u64> = frames
        .iter()
        .scan(0, |before, (after, _)| {
            Some(after - std::mem::replace(before, *after))
        })
        .collect();
    assert!(
        polls_per_frame
            .iter()
            .all(|&polls| polls <= POLLS_PER_FRAME as u64),
        "{polls_per_frame:?}"
    );
    assert!(
        frames.len() >= 3,
        "the work was spread over several frames: {polls_per_frame:?}"
    );
    assert_eq!(
        frames.last().map(|(_, progress)| progress),
        Some(&Progress::Done)
    );
    assert_eq!(executor.stats().total.polls, 15);
    assert_eq!(
        executor.now_ms(),
        10,
        "virtual time jumped to the sleepers' deadline"
    );
    assert!(
        !driver.is_running(),
        "no frame is requested once the work is done"
    );
}

#[wasm_bindgen_test]
async fn the_driver_requests_no_frames_after_the_work_is_done() {
    let executor = executor_with_workers();
    let frame_count = Rc::new(RefCell::new(0));
    let counter = Rc::clone(&frame_count);
    let _driver = FrameDriver::drive(executor, POLLS_PER_FRAME, move |_| {
        *counter.borrow_mut() += 1
    });
    wait_for_frames().await;
    let frames_when_done = *frame_count.borrow();
    wait_for_frames().await;
    assert_eq!(
        *frame_count.borrow(),
        frames_when_done,
        "no frame ran after Done"
    );
}

#[wasm_bindgen_test]
async fn dropping_the_driver_stops_the_run() {
    let executor = executor_with_workers();
    let driver = FrameDriver::drive(Rc::clone(&executor), 1, |_| {});
    drop(driver);
    wait_for_frames().await;
    assert_eq!(
        executor.stats().total.polls,
        0,
        "no frame ran after the driver was dropped"
    );
}
