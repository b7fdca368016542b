#![cfg(not(target_arch = "wasm32"))]
//! Whole-trace tests of the executor: spawning and joining, both polling policies, wakes, the
//! virtual clock, diagnostics, trace recording and determinism. They must never sleep on
//! wall-clock time: every wait here is on the virtual clock.

use std::cell::RefCell;
use std::future::{poll_fn, Future};
use std::rc::Rc;
use std::task::{Poll, Waker};

use async_playground::executor::{sleep, spawn, yield_now, Executor, Policy, Progress, Stats};
use async_playground::prelude::println;
use expect_test::{expect, Expect};

fn check_trace(executor: &Executor, expected: Expect) {
    expected.assert_eq(&executor.trace().render());
}

/// Per-task counters as one line each, for comparing policies.
fn render_stats(stats: &Stats) -> String {
    let mut text = String::new();
    for task in &stats.per_task {
        let s = task.stats;
        let name = task.task.name.as_str();
        text += &format!(
            "{name}: polls {} wasted {} wakes {} self {}\n",
            s.polls, s.wasted_polls, s.wakes, s.self_wakes
        );
    }
    let t = stats.total;
    text + &format!(
        "total: polls {} wasted {} wakes {} self {}\n",
        t.polls, t.wasted_polls, t.wakes, t.self_wakes
    )
}

/// A shared slot where a future parks its waker, so a test can wake it on purpose (or not).
#[derive(Clone, Default)]
struct WakerSlot(Rc<RefCell<Option<Waker>>>);

impl WakerSlot {
    /// Pending until the slot was woken once; parks the waker each time.
    fn wait(&self) -> impl Future<Output = ()> + 'static {
        let slot = self.clone();
        let mut parked = false;
        poll_fn(move |cx| {
            if parked && slot.0.borrow().is_none() {
                return Poll::Ready(());
            }
            parked = true;
            *slot.0.borrow_mut() = Some(cx.waker().clone());
            Poll::Pending
        })
    }

    fn waker(&self) -> Option<Waker> {
        self.0.borrow_mut().take()
    }
}

#[test]
fn join_handle_returns_task_output() {
    let executor = Executor::new();
    let answer = executor.block_on(async {
        let child = spawn("child", async { 6 * 7 });
        child.await + 1
    });
    assert_eq!(answer, 43);
    check_trace(
        &executor,
        expect![[r#"
        1: task `main` spawned
        2: task `child` spawned
        3: task `main` polled: Pending
        4: task `child` polled: Ready
        5: task `main` woken by task `child`
        6: task `main` polled: Ready
    "#]],
    );
}

/// One sleeper and one yielder: the same futures for both policies.
fn sleeper_and_yielder(executor: &Executor) {
    executor.spawn("sleeper", async {
        sleep(10).await;
        println!("slept");
    });
    executor.spawn("yielder", async {
        for _ in 0..3 {
            yield_now().await;
        }
        println!("yielded");
    });
    while !matches!(executor.tick(100), Progress::Done | Progress::Stalled(_)) {}
}

#[test]
fn waker_driven_and_busy_polling_run_the_same_futures_with_different_waste() {
    let mut report = String::new();
    for policy in [Policy::WakerDriven, Policy::BusyPolling] {
        let executor = Executor::new().with_policy(policy);
        sleeper_and_yielder(&executor);
        report += &format!(
            "{policy:?}:\n{}{}\n",
            executor.trace().render(),
            render_stats(&executor.stats())
        );
    }
    expect![[r#"
        WakerDriven:
        1: task `sleeper` spawned
        2: task `yielder` spawned
        3: task `sleeper` polled: Pending
        4: task `yielder` woken by task `yielder`
        5: task `yielder` polled: Pending
        6: task `yielder` woken by task `yielder`
        7: task `yielder` polled: Pending
        8: task `yielder` woken by task `yielder`
        9: task `yielder` polled: Pending
        10: task `yielder` printed "yielded"
        11: task `yielder` polled: Ready
        12: virtual time jumped from 0 ms to 10 ms
        13: timer of task `sleeper` fired at 10 ms
        14: task `sleeper` woken by a timer
        15: task `sleeper` printed "slept"
        16: task `sleeper` polled: Ready
        sleeper: polls 2 wasted 0 wakes 1 self 0
        yielder: polls 4 wasted 0 wakes 3 self 3
        total: polls 6 wasted 0 wakes 4 self 3

        BusyPolling:
        1: task `sleeper` spawned
        2: task `yielder` spawned
        3: task `sleeper` polled: Pending
        4: task `yielder` woken by task `yielder`
        5: task `yielder` polled: Pending
        6: task `sleeper` polled: Pending
        7: task `yielder` woken by task `yielder`
        8: task `yielder` polled: Pending
        9: task `sleeper` polled: Pending
        10: task `yielder` woken by task `yielder`
        11: task `yielder` polled: Pending
        12: task `sleeper` polled: Pending
        13: task `yielder` printed "yielded"
        14: task `yielder` polled: Ready
        15: task `sleeper` polled: Pending
        16: virtual time jumped from 0 ms to 10 ms
        17: timer of task `sleeper` fired at 10 ms
        18: task `sleeper` woken by a timer
        19: task `sleeper` printed "slept"
        20: task `sleeper` polled: Ready
        sleeper: polls 6 wasted 4 wakes 1 self 0
        yielder: polls 4 wasted 0 wakes 3 self 3
        total: polls 10 wasted 4 wakes 4 self 3

    "#]]
    .assert_eq(&report);
}

#[test]
fn waking_twice_before_a_poll_queues_the_task_once() {
    let executor = Executor::new();
    let slot = WakerSlot::default();
    let wait = slot.wait();
    executor.spawn("sleeper", wait);
    executor.spawn("waker", async move {
        yield_now().await;
        if let Some(waker) = slot.waker() {
            waker.wake_by_ref();
            waker.wake();
        }
    });
    assert_eq!(executor.tick(100), Progress::Done);
    check_trace(
        &executor,
        expect![[r#"
        1: task `sleeper` spawned
        2: task `waker` spawned
        3: task `sleeper` polled: Pending
        4: task `waker` woken by task `waker`
        5: task `waker` polled: Pending
        6: task `sleeper` woken by task `waker`
        7: task `waker` polled: Ready
        8: task `sleeper` polled: Ready
    "#]],
    );
}

#[test]
fn waking_a_finished_task_does_nothing() {
    let executor = Executor::new();
    let kept = Rc::new(RefCell::new(None::<Waker>));
    let keep = Rc::clone(&kept);
    executor.spawn(
        "quick",
        poll_fn(move |cx| {
            *keep.borrow_mut() = Some(cx.waker().clone());
            Poll::Ready(())
        }),
    );
    assert_eq!(executor.tick(100), Progress::Done);
    if let Some(waker) = kept.borrow_mut().take() {
        waker.wake_by_ref();
        waker.wake();
    }
    assert_eq!(executor.tick(100), Progress::Done);
    check_trace(
        &executor,
        expect![[r#"
        1: task `quick` spawned
        2: task `quick` polled: Ready
    "#]],
    );
}

#[test]
fn timers_fire_in_deadline_order_then_registration_order() {
    let executor = Executor::new();
    for (name, ms) in [("thirty", 30), ("ten-a", 10), ("ten-b", 10), ("twenty", 20)] {
        executor.spawn(name, async move {
            sleep(ms).await;
            println!("woke at {ms}");
        });
    }
    let mut progress = Vec::new();
    loop {
        let step = executor.tick(100);
        progress.push(format!("{step:?}"));
        if step == Progress::Done {
            break;
        }
    }
    expect![[r#"
        WaitingOnTimers { next_deadline_ms: 10 }
        WaitingOnTimers { next_deadline_ms: 20 }
        WaitingOnTimers { next_deadline_ms: 30 }
        Done"#]]
    .assert_eq(&progress.join("\n"));
    check_trace(
        &executor,
        expect![[r#"
        1: task `thirty` spawned
        2: task `ten-a` spawned
        3: task `ten-b` spawned
        4: task `twenty` spawned
        5: task `thirty` polled: Pending
        6: task `ten-a` polled: Pending
        7: task `ten-b` polled: Pending
        8: task `twenty` polled: Pending
        9: virtual time jumped from 0 ms to 10 ms
        10: timer of task `ten-a` fired at 10 ms
        11: task `ten-a` woken by a timer
        12: timer of task `ten-b` fired at 10 ms
        13: task `ten-b` woken by a timer
        14: task `ten-a` printed "woke at 10"
        15: task `ten-a` polled: Ready
        16: task `ten-b` printed "woke at 10"
        17: task `ten-b` polled: Ready
        18: virtual time jumped from 10 ms to 20 ms
        19: timer of task `twenty` fired at 20 ms
        20: task `twenty` woken by a timer
        21: task `twenty` printed "woke at 20"
        22: task `twenty` polled: Ready
        23: virtual time jumped from 20 ms to 30 ms
        24: timer of task `thirty` fired at 30 ms
        25: task `thirty` woken by a timer
        26: task `thirty` printed "woke at 30"
        27: task `thirty` polled: Ready
    "#]],
    );
    assert_eq!(executor.now_ms(), 30);
}

#[test]
fn yield_now_lets_other_tasks_run_between_steps() {
    let executor = Executor::new();
    for name in ["left", "right"] {
        executor.spawn(name, async move {
            for step in 0..2 {
                println!("{name} step {step}");
                yield_now().await;
            }
        });
    }
    assert_eq!(executor.tick(100), Progress::Done);
    let output: Vec<String> = executor.output().iter().map(ToString::to_string).collect();
    expect![[r#"
        [left] left step 0
        [right] right step 0
        [left] left step 1
        [right] right step 1"#]]
    .assert_eq(&output.join("\n"));
    check_trace(
        &executor,
        expect![[r#"
        1: task `left` spawned
        2: task `right` spawned
        3: task `left` printed "left step 0"
        4: task `left` woken by task `left`
        5: task `left` polled: Pending
        6: task `right` printed "right step 0"
        7: task `right` woken by task `right`
        8: task `right` polled: Pending
        9: task `left` printed "left step 1"
        10: task `left` woken by task `left`
        11: task `left` polled: Pending
        12: task `right` printed "right step 1"
        13: task `right` woken by task `right`
        14: task `right` polled: Pending
        15: task `left` polled: Ready
        16: task `right` polled: Ready
    "#]],
    );
}

#[test]
fn pending_without_keeping_the_waker_is_a_lost_waker() {
    let executor = Executor::new();
    let result = executor.try_block_on(async {
        spawn("forgetful", poll_fn(|_cx| Poll::<()>::Pending)).await;
    });
    expect![[r#"Err("deadlock: no task is ready and no timer is pending, but these tasks are unfinished: `main`, `forgetful`")"#]].assert_eq(&format!("{:?}", result.map_err(|diagnostic| diagnostic.to_string())));
    check_trace(
        &executor,
        expect![[r#"
        1: task `main` spawned
        2: task `forgetful` spawned
        3: task `main` polled: Pending
        4: task `forgetful` polled: Pending
        5: lost waker: task `forgetful` can never run again
        6: deadlock: no task is ready and no timer is pending, but these tasks are unfinished: `main`, `forgetful`
    "#]],
    );
}

#[test]
fn parked_tasks_with_no_waker_user_are_a_deadlock() {
    let executor = Executor::new();
    let (first, second) = (WakerSlot::default(), WakerSlot::default());
    executor.spawn("a", first.wait());
    executor.spawn("b", second.wait());
    let progress = executor.tick(100);
    let Progress::Stalled(diagnostic) = &progress else {
        panic!("expected a stall, got {progress:?}")
    };
    expect!["deadlock: no task is ready and no timer is pending, but these tasks are unfinished: `a`, `b`"].assert_eq(&diagnostic.to_string());
    assert_eq!(executor.diagnoses().len(), 1, "a stall is reported once");
    assert_eq!(executor.tick(100), progress);
    check_trace(
        &executor,
        expect![[r#"
        1: task `a` spawned
        2: task `b` spawned
        3: task `a` polled: Pending
        4: task `b` polled: Pending
        5: deadlock: no task is ready and no timer is pending, but these tasks are unfinished: `a`, `b`
    "#]],
    );
    drop((first, second));
}

#[test]
fn self_wakes_are_counted_per_task() {
    let executor = Executor::new();
    executor.block_on(async {
        let busy = spawn("busy", async {
            for _ in 0..4 {
                yield_now().await;
            }
        });
        sleep(5).await;
        busy.await;
    });
    expect![[r#"
        main: polls 2 wasted 0 wakes 1 self 0
        busy: polls 5 wasted 0 wakes 4 self 4
        total: polls 7 wasted 0 wakes 5 self 4
    "#]]
    .assert_eq(&render_stats(&executor.stats()));
}

#[test]
fn a_wake_counts_as_soon_as_it_happens_and_in_a_tasks_last_poll() {
    let executor = Executor::new();
    let slot = WakerSlot::default();
    drop(executor.spawn("sleeper", slot.wait()));
    let waker_slot = slot.clone();
    drop(executor.spawn("waker", async move {
        yield_now().await;
        if let Some(waker) = waker_slot.waker() {
            waker.wake();
        }
    }));
    // `sleeper` parks, `waker` yields, then `waker` wakes `sleeper` in its last poll.
    assert!(matches!(executor.tick(3), Progress::Busy));
    expect![[r#"
        sleeper: polls 1 wasted 0 wakes 1 self 0
        waker: polls 2 wasted 0 wakes 1 self 1
        total: polls 3 wasted 0 wakes 2 self 1
    "#]]
    .assert_eq(&render_stats(&executor.stats()));
    // A task that wakes itself in the poll that finishes it: the wake still counts.
    drop(executor.spawn(
        "last",
        poll_fn(|cx| {
            cx.waker().wake_by_ref();
            Poll::Ready(())
        }),
    ));
    assert_eq!(executor.tick(10), Progress::Done);
    expect![[r#"
        sleeper: polls 2 wasted 0 wakes 1 self 0
        waker: polls 2 wasted 0 wakes 1 self 1
        last: polls 1 wasted 0 wakes 1 self 1
        total: polls 5 wasted 0 wakes 3 self 2
    "#]]
    .assert_eq(&render_stats(&executor.stats()));
}

/// A program touching every kind of event: spawn, join, timers, yields, output.
fn mixed_program(executor: &Executor) -> u64 {
    executor.block_on(async {
        let mut handles = Vec::new();
        for id in 0..3u64 {
            handles.push(spawn(format!("worker {id}"), async move {
                sleep(10 * (3 - id)).await;
                yield_now().await;
                println!("worker {id} done");
                id * id
            }));
        }
        let mut sum = 0;
        for handle in handles {
            sum += handle.await;
        }
        sum
    })
}

#[test]
fn trace_off_records_nothing_and_changes_no_result() {
    let traced = Executor::new();
    let untraced = Executor::new().with_trace(false);
    assert_eq!(mixed_program(&traced), mixed_program(&untraced));
    assert!(untraced.trace().is_empty());
    assert!(!traced.trace().is_empty());
    assert_eq!(traced.output(), untraced.output());
    assert_eq!(traced.stats(), untraced.stats());
    assert_eq!(traced.now_ms(), untraced.now_ms());
}

#[test]
fn the_same_program_gives_the_same_trace() {
    let (first, second) = (Executor::new(), Executor::new());
    mixed_program(&first);
    mixed_program(&second);
    assert_eq!(first.trace().render(), second.trace().render());
    check_trace(
        &first,
        expect![[r#"
        1: task `main` spawned
        2: task `worker 0` spawned
        3: task `worker 1` spawned
        4: task `worker 2` spawned
        5: task `main` polled: Pending
        6: task `worker 0` polled: Pending
        7: task `worker 1` polled: Pending
        8: task `worker 2` polled: Pending
        9: virtual time jumped from 0 ms to 10 ms
        10: timer of task `worker 2` fired at 10 ms
        11: task `worker 2` woken by a timer
        12: task `worker 2` woken by task `worker 2`
        13: task `worker 2` polled: Pending
        14: task `worker 2` printed "worker 2 done"
        15: task `worker 2` polled: Ready
        16: virtual time jumped from 10 ms to 20 ms
        17: timer of task `worker 1` fired at 20 ms
        18: task `worker 1` woken by a timer
        19: task `worker 1` woken by task `worker 1`
        20: task `worker 1` polled: Pending
        21: task `worker 1` printed "worker 1 done"
        22: task `worker 1` polled: Ready
        23: virtual time jumped from 20 ms to 30 ms
        24: timer of task `worker 0` fired at 30 ms
        25: task `worker 0` woken by a timer
        26: task `worker 0` woken by task `worker 0`
        27: task `worker 0` polled: Pending
        28: task `worker 0` printed "worker 0 done"
        29: task `worker 0` polled: Ready
        30: task `main` woken by task `worker 0`
        31: task `main` polled: Ready
    "#]],
    );
}

#[test]
#[should_panic(expected = "no async_playground Executor is running on this thread")]
fn spawn_outside_an_executor_panics_with_a_clear_message() {
    spawn("orphan", async {});
}

#[test]
#[should_panic(expected = "no async_playground Executor is running on this thread")]
fn sleep_outside_an_executor_panics_with_a_clear_message() {
    futures::executor::block_on(sleep(1));
}

#[test]
#[should_panic(expected = "cannot be called from inside a task")]
fn block_on_inside_a_task_panics_instead_of_freezing_the_others() {
    let executor = Rc::new(Executor::new());
    let inner = Rc::clone(&executor);
    executor.block_on(async move { inner.block_on(async {}) });
}

#[test]
fn yield_now_works_under_other_executors() {
    futures::executor::block_on(async {
        yield_now().await;
        println!("printed to stdout: no playground executor runs here");
    });
}

#[test]
fn trace_entries_carry_the_virtual_time_they_happened_at() {
    let executor = Executor::new();
    executor.block_on(async {
        sleep(5).await;
        sleep(7).await;
    });
    let times: Vec<String> = executor
        .trace()
        .entries()
        .map(|entry| format!("{} ms: {}", entry.time_ms, entry.event))
        .collect();
    expect![[r#"
        0 ms: task `main` spawned
        0 ms: task `main` polled: Pending
        5 ms: virtual time jumped from 0 ms to 5 ms
        5 ms: timer of task `main` fired at 5 ms
        5 ms: task `main` woken by a timer
        5 ms: task `main` polled: Pending
        12 ms: virtual time jumped from 5 ms to 12 ms
        12 ms: timer of task `main` fired at 12 ms
        12 ms: task `main` woken by a timer
        12 ms: task `main` polled: Ready"#]]
    .assert_eq(&times.join("\n"));
    assert_eq!(executor.trace().get(executor.trace().len()), None);
}

#[test]
fn a_wake_from_another_thread_is_attributed_to_outside_code() {
    let executor = Executor::new();
    let slot = WakerSlot::default();
    executor.spawn("waiting", slot.wait());
    assert!(matches!(executor.tick(10), Progress::Stalled(_)));
    let waker = slot.waker();
    let outside = std::thread::spawn(move || waker.map(Waker::wake));
    assert!(outside.join().is_ok());
    assert_eq!(executor.tick(10), Progress::Done);
    check_trace(
        &executor,
        expect![[r#"
        1: task `waiting` spawned
        2: task `waiting` polled: Pending
        3: deadlock: no task is ready and no timer is pending, but these tasks are unfinished: `waiting`
        4: task `waiting` woken by code outside the executor
        5: task `waiting` polled: Ready
    "#]],
    );
}

/// Lesson 5's future that forgets its waker: Pending twice, then Ready, never waking anyone.
fn forgetful_counter() -> impl Future<Output = ()> {
    let mut polls = 0;
    poll_fn(move |_cx| {
        polls += 1;
        if polls < 3 {
            Poll::Pending
        } else {
            Poll::Ready(())
        }
    })
}

#[test]
fn a_future_that_forgets_to_wake_finishes_only_under_busy_polling() {
    let mut report = String::new();
    for policy in [Policy::WakerDriven, Policy::BusyPolling] {
        let executor = Executor::new().with_policy(policy);
        executor.spawn("forgetful", forgetful_counter());
        let progress = loop {
            match executor.tick(100) {
                Progress::Busy => {}
                end => break end,
            }
        };
        let ending = match progress {
            Progress::Stalled(_) => "stalled",
            _ => "done",
        };
        let diagnostics: String = executor
            .diagnoses()
            .iter()
            .map(|d| format!("  {d}\n"))
            .collect();
        report += &format!(
            "{policy:?}: {ending}\n{diagnostics}{}",
            render_stats(&executor.stats())
        );
    }
    expect![[r#"
        WakerDriven: stalled
          lost waker: task `forgetful` can never run again
          deadlock: no task is ready and no timer is pending, but these tasks are unfinished: `forgetful`
        forgetful: polls 1 wasted 0 wakes 0 self 0
        total: polls 1 wasted 0 wakes 0 self 0
        BusyPolling: done
        forgetful: polls 3 wasted 1 wakes 0 self 0
        total: polls 3 wasted 1 wakes 0 self 0
    "#]].assert_eq(&report);
}

#[test]
fn busy_polling_reports_fruitless_rounds_when_nothing_can_progress() {
    let executor = Executor::new().with_policy(Policy::BusyPolling);
    let slot = WakerSlot::default();
    executor.spawn("stuck", slot.wait());
    let progress = loop {
        match executor.tick(1000) {
            Progress::Busy => {}
            end => break end,
        }
    };
    let Progress::Stalled(diagnostic) = progress else {
        panic!("expected a stall")
    };
    expect!["busy polling made no progress in 101 rounds; unfinished tasks: `stuck`"]
        .assert_eq(&diagnostic.to_string());
    expect![[r#"
        stuck: polls 102 wasted 101 wakes 0 self 0
        total: polls 102 wasted 101 wakes 0 self 0
    "#]]
    .assert_eq(&render_stats(&executor.stats()));
}

#[test]
fn task_snapshots_say_where_each_task_stands() {
    let executor = Executor::new();
    let slot = WakerSlot::default();
    executor.spawn("done", async {});
    executor.spawn("parked", slot.wait());
    executor.spawn("ready", yield_now());
    executor.tick(3);
    let states: Vec<String> = executor
        .stats()
        .per_task
        .iter()
        .map(|task| format!("{}: {:?}", task.task, task.state))
        .collect();
    expect![[r#"
        `done`: Finished
        `parked`: Parked { resource: None }
        `ready`: Ready"#]]
    .assert_eq(&states.join("\n"));
}
