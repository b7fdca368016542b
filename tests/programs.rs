#![cfg(not(target_arch = "wasm32"))]
//! Every lesson preset and corpus program, compiled by rustc against `futures` and the prelude,
//! run in-process under a transcript capture and checked against its recorded `.expected` file;
//! then the same source run by the interpreter, which must give the same transcript, unless the
//! program is listed in `tests/programs/KNOWN_GAPS` (then it must still differ, so that the list
//! stays true). It must never let a program print to the real stdout or hang: programs only run
//! inside `transcript::capture`, and stalls are outcomes.
//!
//! Two kinds of programs, compared differently:
//! - `own` programs (presets, `tests/programs/*.rs` and `tests/programs/features/*.rs`) import
//!   the prelude and run on its `block_on`: their printed lines with their tasks and every
//!   task's polls must agree.
//! - `other_executors` (presets whose tasks an executor other than the prelude's polls: one the
//!   program builds itself, or futures' `LocalPool`) import the prelude's `println!`, but nothing
//!   counts their tasks' polls, and the interpreter names tasks (a lane each) that the compiled
//!   run does not have: they are compared as external programs are.
//! - `external` programs (`tests/programs/external/`, taken from outside sources) print with
//!   std's `println!` and run on the futures crate's executors (`block_on`, `LocalPool`), whose
//!   polls nothing can count (those written for tokio or `trpl` run on the prelude's executor,
//!   the futures crate having no timer, and are compared the same way). Their module shadows
//!   `println!` with the prelude's, so each line reaches the capture as it is printed, and only
//!   the lines' text and whether the program finished must agree (the interpreter runs them on
//!   the playground's executor, which attributes lines to tasks that the compiled run does not
//!   have).

#[path = "programs_support/known_gaps.rs"]
mod known_gaps;

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::sync::Mutex;

use async_playground::executor::transcript::{self, TaskPolls, Transcript};
use async_playground::executor::{Executor, OutputLine, Progress, TaskLabel};
use async_playground::lesson::{presets, LESSONS};
use async_playground::prelude::{println, spawn};
use async_playground::script::Limits;
use expect_test::expect_file;

/// A compiled program: where its source lives and its `main`.
struct Program {
    /// The source path relative to the crate root.
    path: &'static str,
    run: fn(),
}

/// What must agree between a program's compiled and interpreted runs.
#[derive(Clone, Copy)]
enum Comparison {
    /// Printed lines with their tasks, every task's polls, and whether it finished.
    Full,
    /// Printed lines' text and whether it finished.
    Output,
}

/// One program's module: its source included, its `compiled` and `interpreted_matches_compiled`
/// tests. `$d` is a `$` token, so that an external program's module can define a macro; it must
/// be defined in the same expansion as the `include!`, or rustc finds `println!` ambiguous.
macro_rules! program_module {
    ($d:tt $module:ident => $path:literal, $comparison:expr, own) => {
        // Lesson programs follow the prose rather than clippy's taste: `and_then(|food|
        // eat(food))` is the very line the combinators lesson explains.
        #[allow(clippy::redundant_closure)]
        mod $module {
            include!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $path));
            program_module!(@tests $path, $comparison);
        }
    };
    ($d:tt $module:ident => $path:literal, $comparison:expr, external) => {
        // Programs from outside sources are kept as their authors wrote them, unused items and
        // clippy's taste included.
        #[allow(unused, clippy::all)]
        mod $module {
            // std's `println!`, shadowed here (and in the program's inline modules) by the
            // prelude's, which hands each line to the transcript capture as it is printed.
            macro_rules! println {
                ($d($d arg:tt)*) => { async_playground::prelude::println!($d($d arg)*) };
            }
            include!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $path));
            program_module!(@tests $path, $comparison);
        }
    };
    (@tests $path:literal, $comparison:expr) => {
        pub(super) fn program_entry() {
            main();
        }

        #[test]
        fn compiled() {
            super::check_compiled($path, main);
        }

        #[test]
        fn interpreted_matches_compiled() {
            super::check_interpreted($path, main, $comparison);
        }
    };
}

/// Lists every program once: compiles it into its own module with its tests, and builds
/// [`PROGRAMS`] for the completeness checks.
/// It starts with a `$` token for the macro that each external program's module defines (a
/// macro cannot write a lone `$` itself).
macro_rules! programs {
    (
        $d:tt
        own: { $($module:ident => $path:literal,)* }
        other_executors: { $($executor:ident => $executor_path:literal,)* }
        external: { $($external:ident => $external_path:literal,)* }
    ) => {
        $(program_module!($d $module => $path, super::Comparison::Full, own);)*
        $(program_module!($d $executor => $executor_path, super::Comparison::Output, own);)*
        $(program_module!($d $external => $external_path, super::Comparison::Output, external);)*

        const PROGRAMS: &[Program] = &[
            $(Program { path: $path, run: $module::program_entry },)*
            $(Program { path: $executor_path, run: $executor::program_entry },)*
            $(Program { path: $external_path, run: $external::program_entry },)*
        ];
    };
}

programs! {
    $
    own: {
    thread_vs_async_spawned_workers => "lessons/thread-vs-async/spawned_workers.rs",
    thread_vs_async_yielding_workers => "lessons/thread-vs-async/yielding_workers.rs",
    thread_vs_async_joined_workers => "lessons/thread-vs-async/joined_workers.rs",
    lazy_futures_hello => "lessons/lazy-futures/hello.rs",
    lazy_futures_dropped => "lessons/lazy-futures/dropped.rs",
    async_await_with_await => "lessons/async-await/with_await.rs",
    async_await_with_combinators => "lessons/async-await/with_combinators.rs",
    future_trait_countdown => "lessons/future-trait/countdown.rs",
    context_waker_wait_for_flag => "lessons/context-waker/wait_for_flag.rs",
    context_waker_lost_waker => "lessons/context-waker/lost_waker.rs",
    executor_tasks_join_select => "lessons/executor-tasks/join_select.rs",
    executor_tasks_left_yields => "lessons/executor-tasks/left_yields.rs",
    executor_tasks_await_then_join => "lessons/executor-tasks/await_then_join.rs",
    combinators_breakfast => "lessons/combinators/breakfast.rs",
    combinators_burnt => "lessons/combinators/burnt.rs",
    select_cancel_select_biased => "lessons/select-cancel/select_biased.rs",
    select_cancel_left_bias_starves => "lessons/select-cancel/left_bias_starves.rs",
    select_cancel_timeout => "lessons/select-cancel/timeout.rs",
    pin_self_borrow => "lessons/pin/self_borrow.rs",
    pin_box_pin_or_pin => "lessons/pin/box_pin_or_pin.rs",
    pin_wrapper_future => "lessons/pin/wrapper_future.rs",
    channels_streams_mpsc_backpressure => "lessons/channels-streams/mpsc_backpressure.rs",
    channels_streams_oneshot_reply => "lessons/channels-streams/oneshot_reply.rs",
    channels_streams_hand_written_stream => "lessons/channels-streams/hand_written_stream.rs",
    channels_streams_stream_combinators => "lessons/channels-streams/stream_combinators.rs",
    loopback_tcp_walkthrough => "lessons/loopback-tcp/walkthrough.rs",
    tcp_server_accept_loop => "lessons/tcp-server/accept_loop.rs",
    tcp_server_backpressure => "lessons/tcp-server/backpressure.rs",
    tcp_server_refused => "lessons/tcp-server/refused.rs",
    websocket_echo_echo_client => "lessons/websocket-echo/echo_client.rs",
    pitfalls_blocking_sleep => "lessons/pitfalls/blocking_sleep.rs",
    pitfalls_never_yields => "lessons/pitfalls/never_yields.rs",
    pitfalls_refcell_across_await => "lessons/pitfalls/refcell_across_await.rs",
    closures_capture => "tests/programs/closures_capture.rs",
    combinator_chain => "tests/programs/combinator_chain.rs",
    control_flow => "tests/programs/control_flow.rs",
    deadlock => "tests/programs/deadlock.rs",
    debug_formatting => "tests/programs/debug_formatting.rs",
    drop_cancels => "tests/programs/drop_cancels.rs",
    drop_cancellation => "tests/programs/drop_cancellation.rs",
    drop_order => "tests/programs/drop_order.rs",
    either_branches => "tests/programs/either_branches.rs",
    hand_written_timer => "tests/programs/hand_written_timer.rs",
    join_all_order => "tests/programs/join_all_order.rs",
    join_fairness => "tests/programs/join_fairness.rs",
    join_handles => "tests/programs/join_handles.rs",
    loopback_backpressure => "tests/programs/loopback_backpressure.rs",
    loopback_eof => "tests/programs/loopback_eof.rs",
    nested_joins => "tests/programs/nested_joins.rs",
    numbers_declared => "tests/programs/numbers_declared.rs",
    numbers_inferred => "tests/programs/numbers_inferred.rs",
    numbers_typed => "tests/programs/numbers_typed.rs",
    patterns_mem_cell => "tests/programs/patterns_mem_cell.rs",
    poll_fn_counter => "tests/programs/poll_fn_counter.rs",
    question_mark => "tests/programs/question_mark.rs",
    select_never_ready => "tests/programs/select_never_ready.rs",
    shared_state => "tests/programs/shared_state.rs",
    sleep_ordering => "tests/programs/sleep_ordering.rs",
    stored_waker_later => "tests/programs/stored_waker_later.rs",
    std_collections => "tests/programs/std_collections.rs",
    std_iterators => "tests/programs/std_iterators.rs",
    struct_async_methods => "tests/programs/struct_async_methods.rs",
    traits_std_impls => "tests/programs/traits_std_impls.rs",
    modules_paths => "tests/programs/modules_paths.rs",
    traits_generics_dispatch => "tests/programs/traits_generics_dispatch.rs",
    traits_default_update => "tests/programs/traits_default_update.rs",
    two_runs => "tests/programs/two_runs.rs",
    yield_interleaving => "tests/programs/yield_interleaving.rs",
    select_biased_loop => "tests/programs/select_biased_loop.rs",
    select_default => "tests/programs/select_default.rs",
    try_join_fails_fast => "tests/programs/try_join_fails_fast.rs",
    pin_poll_pending => "tests/programs/pin_poll_pending.rs",
    features_copy_structs => "tests/programs/features/copy_structs.rs",
    features_copy_bindings => "tests/programs/features/copy_bindings.rs",
    features_copy_references => "tests/programs/features/copy_references.rs",
    features_copy_plain_fields => "tests/programs/features/copy_plain_fields.rs",
    features_array_copies => "tests/programs/features/array_copies.rs",
    features_async_fn_in_trait => "tests/programs/features/async_fn_in_trait.rs",
    features_atomics_and_wakers => "tests/programs/features/atomics_and_wakers.rs",
    features_constructors_as_functions => "tests/programs/features/constructors_as_functions.rs",
    features_crate_combinators => "tests/programs/features/crate_combinators.rs",
    features_disjoint_captures => "tests/programs/features/disjoint_captures.rs",
    features_drop_order => "tests/programs/features/drop_order.rs",
    features_eager_drops => "tests/programs/features/eager_drops.rs",
    features_futures_collections => "tests/programs/features/futures_collections.rs",
    features_future_combinators => "tests/programs/features/future_combinators.rs",
    features_futures_mutex => "tests/programs/features/futures_mutex.rs",
    features_integer_casts => "tests/programs/features/integer_casts.rs",
    features_iter_mut_writes => "tests/programs/features/iter_mut_writes.rs",
    features_into_inferred => "tests/programs/features/into_inferred.rs",
    features_lazy_iterator_effects => "tests/programs/features/lazy_iterator_effects.rs",
    features_local_key_methods => "tests/programs/features/local_key_methods.rs",
    features_mem_and_cell => "tests/programs/features/mem_and_cell.rs",
    features_move_captures => "tests/programs/features/move_captures.rs",
    features_moved_map_drops => "tests/programs/features/moved_map_drops.rs",
    features_moves_out_of_collections => "tests/programs/features/moves_out_of_collections.rs",
    features_patterns => "tests/programs/features/patterns.rs",
    features_poll_immediate_future => "tests/programs/features/poll_immediate_future.rs",
    features_qualified_paths => "tests/programs/features/qualified_paths.rs",
    features_question_mark_from => "tests/programs/features/question_mark_from.rs",
    features_shared_peek_and_remote_handle => "tests/programs/features/shared_peek_and_remote_handle.rs",
    features_sinks => "tests/programs/features/sinks.rs",
    features_sinks_fed_by_streams => "tests/programs/features/sinks_fed_by_streams.rs",
    features_std_channels => "tests/programs/features/std_channels.rs",
    features_std_collections => "tests/programs/features/std_collections.rs",
    features_stream_chunks_and_nesting => "tests/programs/features/stream_chunks_and_nesting.rs",
    features_stream_sources_and_adapters => "tests/programs/features/stream_sources_and_adapters.rs",
    features_streams_in_select => "tests/programs/features/streams_in_select.rs",
    features_string_and_vec_methods => "tests/programs/features/string_and_vec_methods.rs",
    features_thread_local_keys => "tests/programs/features/thread_local_keys.rs",
    features_user_ordering => "tests/programs/features/user_ordering.rs",
    features_user_traits => "tests/programs/features/user_traits.rs",
    mpsc_backpressure => "tests/programs/mpsc_backpressure.rs",
    oneshot_and_try_send => "tests/programs/oneshot_and_try_send.rs",
    }
    other_executors: {
    executor_tasks_spawn_tasks => "lessons/executor-tasks/spawn_tasks.rs",
    own_executor_arc_wake_executor => "lessons/own-executor/arc_wake_executor.rs",
    }
    external: {
    async_book_async_move => "tests/programs/external/async_book_async_move.rs",
    async_book_channels => "tests/programs/external/async_book_channels.rs",
    async_book_executor => "tests/programs/external/async_book_executor.rs",
    async_book_hello_world => "tests/programs/external/async_book_hello_world.rs",
    async_book_hello_world_join => "tests/programs/external/async_book_hello_world_join.rs",
    async_book_hello_world_spawn => "tests/programs/external/async_book_hello_world_spawn.rs",
    async_book_join => "tests/programs/external/async_book_join.rs",
    async_book_learn_and_sing => "tests/programs/external/async_book_learn_and_sing.rs",
    async_book_recursion => "tests/programs/external/async_book_recursion.rs",
    async_book_select => "tests/programs/external/async_book_select.rs",
    async_book_simple_future => "tests/programs/external/async_book_simple_future.rs",
    async_book_stream_sums => "tests/programs/external/async_book_stream_sums.rs",
    async_book_task_spawner => "tests/programs/external/async_book_task_spawner.rs",
    async_book_timer => "tests/programs/external/async_book_timer.rs",
    async_book_why_async => "tests/programs/external/async_book_why_async.rs",
    comprehensive_rust_async_traits => "tests/programs/external/comprehensive_rust_async_traits.rs",
    comprehensive_rust_channels => "tests/programs/external/comprehensive_rust_channels.rs",
    comprehensive_rust_count_to => "tests/programs/external/comprehensive_rust_count_to.rs",
    comprehensive_rust_dining_philosophers => "tests/programs/external/comprehensive_rust_dining_philosophers.rs",
    comprehensive_rust_join_all => "tests/programs/external/comprehensive_rust_join_all.rs",
    comprehensive_rust_pin_worker => "tests/programs/external/comprehensive_rust_pin_worker.rs",
    comprehensive_rust_select_timeout => "tests/programs/external/comprehensive_rust_select_timeout.rs",
    comprehensive_rust_state_machine => "tests/programs/external/comprehensive_rust_state_machine.rs",
    futures_abortable => "tests/programs/external/futures_abortable.rs",
    futures_atomic_waker_flag => "tests/programs/external/futures_atomic_waker_flag.rs",
    futures_either => "tests/programs/external/futures_either.rs",
    futures_fuse_terminated => "tests/programs/external/futures_fuse_terminated.rs",
    futures_future_flatten => "tests/programs/external/futures_future_flatten.rs",
    futures_future_flatten_stream => "tests/programs/external/futures_future_flatten_stream.rs",
    futures_future_inspect => "tests/programs/external/futures_future_inspect.rs",
    futures_future_into_stream => "tests/programs/external/futures_future_into_stream.rs",
    futures_future_join3 => "tests/programs/external/futures_future_join3.rs",
    futures_future_left_future => "tests/programs/external/futures_future_left_future.rs",
    futures_future_map => "tests/programs/external/futures_future_map.rs",
    futures_future_ready => "tests/programs/external/futures_future_ready.rs",
    futures_future_right_future => "tests/programs/external/futures_future_right_future.rs",
    futures_future_shared => "tests/programs/external/futures_future_shared.rs",
    futures_future_then => "tests/programs/external/futures_future_then.rs",
    futures_future_try_join3 => "tests/programs/external/futures_future_try_join3.rs",
    futures_future_try_select => "tests/programs/external/futures_future_try_select.rs",
    futures_join => "tests/programs/external/futures_join.rs",
    futures_join_all => "tests/programs/external/futures_join_all.rs",
    futures_join_macro => "tests/programs/external/futures_join_macro.rs",
    futures_lazy => "tests/programs/external/futures_lazy.rs",
    futures_local_pool_run_until => "tests/programs/external/futures_local_pool_run_until.rs",
    futures_local_pool_run_until_stalled => "tests/programs/external/futures_local_pool_run_until_stalled.rs",
    futures_maybe_done => "tests/programs/external/futures_maybe_done.rs",
    futures_mutex_get_mut => "tests/programs/external/futures_mutex_get_mut.rs",
    futures_mutex_into_inner => "tests/programs/external/futures_mutex_into_inner.rs",
    futures_noop_waker => "tests/programs/external/futures_noop_waker.rs",
    futures_now_or_never => "tests/programs/external/futures_now_or_never.rs",
    futures_oneshot_channel => "tests/programs/external/futures_oneshot_channel.rs",
    futures_option_future => "tests/programs/external/futures_option_future.rs",
    futures_poll_fn => "tests/programs/external/futures_poll_fn.rs",
    futures_poll_immediate => "tests/programs/external/futures_poll_immediate.rs",
    futures_select => "tests/programs/external/futures_select.rs",
    futures_select_biased_macro => "tests/programs/external/futures_select_biased_macro.rs",
    futures_select_macro => "tests/programs/external/futures_select_macro.rs",
    futures_select_macro_pinned => "tests/programs/external/futures_select_macro_pinned.rs",
    futures_sink_drain => "tests/programs/external/futures_sink_drain.rs",
    futures_sink_with_flat_map => "tests/programs/external/futures_sink_with_flat_map.rs",
    futures_spawn_local_with_handle => "tests/programs/external/futures_spawn_local_with_handle.rs",
    futures_stream_all => "tests/programs/external/futures_stream_all.rs",
    futures_stream_any => "tests/programs/external/futures_stream_any.rs",
    futures_stream_buffer_unordered => "tests/programs/external/futures_stream_buffer_unordered.rs",
    futures_stream_by_ref => "tests/programs/external/futures_stream_by_ref.rs",
    futures_stream_chain => "tests/programs/external/futures_stream_chain.rs",
    futures_stream_collect => "tests/programs/external/futures_stream_collect.rs",
    futures_stream_concat => "tests/programs/external/futures_stream_concat.rs",
    futures_stream_count => "tests/programs/external/futures_stream_count.rs",
    futures_stream_enumerate => "tests/programs/external/futures_stream_enumerate.rs",
    futures_stream_filter => "tests/programs/external/futures_stream_filter.rs",
    futures_stream_filter_map => "tests/programs/external/futures_stream_filter_map.rs",
    futures_stream_flat_map => "tests/programs/external/futures_stream_flat_map.rs",
    futures_stream_flatten => "tests/programs/external/futures_stream_flatten.rs",
    futures_stream_fold => "tests/programs/external/futures_stream_fold.rs",
    futures_stream_for_each => "tests/programs/external/futures_stream_for_each.rs",
    futures_stream_for_each_concurrent => "tests/programs/external/futures_stream_for_each_concurrent.rs",
    futures_stream_fuse_block_on_stream => "tests/programs/external/futures_stream_fuse_block_on_stream.rs",
    futures_stream_into_future => "tests/programs/external/futures_stream_into_future.rs",
    futures_stream_iter => "tests/programs/external/futures_stream_iter.rs",
    futures_stream_map => "tests/programs/external/futures_stream_map.rs",
    futures_stream_next => "tests/programs/external/futures_stream_next.rs",
    futures_stream_once => "tests/programs/external/futures_stream_once.rs",
    futures_stream_peek_mut => "tests/programs/external/futures_stream_peek_mut.rs",
    futures_stream_peekable_next_if => "tests/programs/external/futures_stream_peekable_next_if.rs",
    futures_stream_peekable_next_if_2 => "tests/programs/external/futures_stream_peekable_next_if_2.rs",
    futures_stream_peekable_next_if_eq => "tests/programs/external/futures_stream_peekable_next_if_eq.rs",
    futures_stream_poll_fn => "tests/programs/external/futures_stream_poll_fn.rs",
    futures_stream_poll_immediate => "tests/programs/external/futures_stream_poll_immediate.rs",
    futures_stream_repeat => "tests/programs/external/futures_stream_repeat.rs",
    futures_stream_repeat_with => "tests/programs/external/futures_stream_repeat_with.rs",
    futures_stream_scan => "tests/programs/external/futures_stream_scan.rs",
    futures_stream_select => "tests/programs/external/futures_stream_select.rs",
    futures_stream_select_next_some => "tests/programs/external/futures_stream_select_next_some.rs",
    futures_stream_select_with_strategy => "tests/programs/external/futures_stream_select_with_strategy.rs",
    futures_stream_skip => "tests/programs/external/futures_stream_skip.rs",
    futures_stream_skip_while => "tests/programs/external/futures_stream_skip_while.rs",
    futures_stream_take => "tests/programs/external/futures_stream_take.rs",
    futures_stream_take_until => "tests/programs/external/futures_stream_take_until.rs",
    futures_stream_take_while => "tests/programs/external/futures_stream_take_while.rs",
    futures_stream_then => "tests/programs/external/futures_stream_then.rs",
    futures_stream_try_unfold => "tests/programs/external/futures_stream_try_unfold.rs",
    futures_stream_unfold => "tests/programs/external/futures_stream_unfold.rs",
    futures_stream_unzip => "tests/programs/external/futures_stream_unzip.rs",
    futures_stream_zip => "tests/programs/external/futures_stream_zip.rs",
    futures_task_spawn_local => "tests/programs/external/futures_task_spawn_local.rs",
    futures_tests_abortable => "tests/programs/external/futures_tests_abortable.rs",
    futures_tests_arc_wake => "tests/programs/external/futures_tests_arc_wake.rs",
    futures_tests_async_await_macros => "tests/programs/external/futures_tests_async_await_macros.rs",
    futures_tests_future_inspect_fuse => "tests/programs/external/futures_tests_future_inspect_fuse.rs",
    futures_tests_future_join => "tests/programs/external/futures_tests_future_join.rs",
    futures_tests_futures_ordered => "tests/programs/external/futures_tests_futures_ordered.rs",
    futures_tests_join_all => "tests/programs/external/futures_tests_join_all.rs",
    futures_tests_lock_mutex => "tests/programs/external/futures_tests_lock_mutex.rs",
    futures_tests_macro_comma_support => "tests/programs/external/futures_tests_macro_comma_support.rs",
    futures_tests_mpsc => "tests/programs/external/futures_tests_mpsc.rs",
    futures_tests_oneshot => "tests/programs/external/futures_tests_oneshot.rs",
    futures_tests_recurse => "tests/programs/external/futures_tests_recurse.rs",
    futures_tests_select_all => "tests/programs/external/futures_tests_select_all.rs",
    futures_tests_select_ok => "tests/programs/external/futures_tests_select_ok.rs",
    futures_tests_sink_fanout => "tests/programs/external/futures_tests_sink_fanout.rs",
    futures_tests_stream_peekable => "tests/programs/external/futures_tests_stream_peekable.rs",
    futures_tests_stream_select_all => "tests/programs/external/futures_tests_stream_select_all.rs",
    futures_tests_try_join_all => "tests/programs/external/futures_tests_try_join_all.rs",
    futures_try_future_and_then => "tests/programs/external/futures_try_future_and_then.rs",
    futures_try_future_err_into => "tests/programs/external/futures_try_future_err_into.rs",
    futures_try_future_inspect_err => "tests/programs/external/futures_try_future_inspect_err.rs",
    futures_try_future_inspect_ok => "tests/programs/external/futures_try_future_inspect_ok.rs",
    futures_try_future_into_future => "tests/programs/external/futures_try_future_into_future.rs",
    futures_try_future_map_err => "tests/programs/external/futures_try_future_map_err.rs",
    futures_try_future_map_ok => "tests/programs/external/futures_try_future_map_ok.rs",
    futures_try_future_map_ok_or_else => "tests/programs/external/futures_try_future_map_ok_or_else.rs",
    futures_try_future_or_else => "tests/programs/external/futures_try_future_or_else.rs",
    futures_try_future_try_flatten_stream => "tests/programs/external/futures_try_future_try_flatten_stream.rs",
    futures_try_future_unwrap_or_else => "tests/programs/external/futures_try_future_unwrap_or_else.rs",
    futures_try_join => "tests/programs/external/futures_try_join.rs",
    futures_try_join_all => "tests/programs/external/futures_try_join_all.rs",
    futures_try_join_macro => "tests/programs/external/futures_try_join_macro.rs",
    futures_try_stream_and_then => "tests/programs/external/futures_try_stream_and_then.rs",
    futures_try_stream_err_into => "tests/programs/external/futures_try_stream_err_into.rs",
    futures_try_stream_map_err => "tests/programs/external/futures_try_stream_map_err.rs",
    futures_try_stream_map_ok => "tests/programs/external/futures_try_stream_map_ok.rs",
    futures_try_stream_try_all => "tests/programs/external/futures_try_stream_try_all.rs",
    futures_try_stream_try_any => "tests/programs/external/futures_try_stream_try_any.rs",
    futures_try_stream_try_buffer_unordered => "tests/programs/external/futures_try_stream_try_buffer_unordered.rs",
    futures_try_stream_try_buffered => "tests/programs/external/futures_try_stream_try_buffered.rs",
    futures_try_stream_try_buffered_2 => "tests/programs/external/futures_try_stream_try_buffered_2.rs",
    futures_try_stream_try_collect => "tests/programs/external/futures_try_stream_try_collect.rs",
    futures_try_stream_try_concat => "tests/programs/external/futures_try_stream_try_concat.rs",
    futures_try_stream_try_filter => "tests/programs/external/futures_try_stream_try_filter.rs",
    futures_try_stream_try_filter_map => "tests/programs/external/futures_try_stream_try_filter_map.rs",
    futures_try_stream_try_flatten => "tests/programs/external/futures_try_stream_try_flatten.rs",
    futures_try_stream_try_fold => "tests/programs/external/futures_try_stream_try_fold.rs",
    futures_try_stream_try_for_each => "tests/programs/external/futures_try_stream_try_for_each.rs",
    futures_try_stream_try_for_each_concurrent => "tests/programs/external/futures_try_stream_try_for_each_concurrent.rs",
    futures_try_stream_try_next => "tests/programs/external/futures_try_stream_try_next.rs",
    futures_try_stream_try_skip_while => "tests/programs/external/futures_try_stream_try_skip_while.rs",
    futures_try_stream_try_take_while => "tests/programs/external/futures_try_stream_try_take_while.rs",
    rust_book_join => "tests/programs/external/rust_book_join.rs",
    rust_book_join_all_dyn => "tests/programs/external/rust_book_join_all_dyn.rs",
    rust_book_listing_17_09 => "tests/programs/external/rust_book_listing_17_09.rs",
    rust_book_listing_17_10 => "tests/programs/external/rust_book_listing_17_10.rs",
    rust_book_listing_17_12 => "tests/programs/external/rust_book_listing_17_12.rs",
    rust_book_listing_17_15 => "tests/programs/external/rust_book_listing_17_15.rs",
    rust_book_listing_17_16 => "tests/programs/external/rust_book_listing_17_16.rs",
    rust_book_spawn_task => "tests/programs/external/rust_book_spawn_task.rs",
    rust_book_stream_from_iter => "tests/programs/external/rust_book_stream_from_iter.rs",
    rust_book_timeout => "tests/programs/external/rust_book_timeout.rs",
    rust_book_yield_now_race => "tests/programs/external/rust_book_yield_now_race.rs",
    std_into_future_builder => "tests/programs/external/std_into_future_builder.rs",
    std_pin_macro_block_on => "tests/programs/external/std_pin_macro_block_on.rs",
    std_poll_fn_naive_select => "tests/programs/external/std_poll_fn_naive_select.rs",
    std_raw_waker_noop => "tests/programs/external/std_raw_waker_noop.rs",
    std_task_ready_macro => "tests/programs/external/std_task_ready_macro.rs",
    std_wake_block_on => "tests/programs/external/std_wake_block_on.rs",
    std_waker_noop => "tests/programs/external/std_waker_noop.rs",
    }
}

/// The recorded expectation of the program at `path`: the same path with `.expected`.
fn expected_path(path: &str) -> String {
    let stem = path.strip_suffix(".rs").unwrap_or(path);
    format!("{}/{stem}.expected", env!("CARGO_MANIFEST_DIR"))
}

/// Output lines (attributed ones as `[task] text`), then each task's polls, then the stall.
fn render(transcript: &Transcript) -> String {
    let mut text = String::new();
    for line in &transcript.output {
        let _ = writeln!(text, "{line}");
    }
    text.push_str("--- polls\n");
    for task in &transcript.tasks {
        let _ = writeln!(text, "{}: {}", task.name, task.polls);
    }
    if let Some(diagnostic) = &transcript.stalled {
        let _ = writeln!(text, "--- stalled\n{diagnostic}");
    }
    text
}

/// The source of the program at `path`, relative to the crate root.
fn read_source(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(full).unwrap_or_else(|error| panic!("cannot read {path}: {error}"))
}

/// Runs a compiled program under a transcript capture, one compiled run at a time: the test
/// harness runs tests on parallel threads, and a program's `static`s (an atomic counter) are
/// shared by every run of it in this process, so two runs at once would count each other.
fn run_compiled(main: fn()) -> Transcript {
    static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());
    // A run that panicked (a failing test) poisons the lock; the next run is still valid.
    let _running = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    transcript::capture(main)
}

fn check_compiled(path: &str, main: fn()) {
    let transcript = run_compiled(main);
    expect_file![expected_path(path)].assert_eq(&render(&transcript));
}

/// Compares the program's interpreted run with its compiled one, and the outcome with
/// `KNOWN_GAPS`: an unlisted program must match, a listed one must still differ.
fn check_interpreted(path: &str, main: fn(), comparison: Comparison) {
    let compiled = run_compiled(main);
    let gap = interpreted_gap(&read_source(path), &compiled, comparison);
    match (gap, known_gaps::is_listed(path)) {
        (None, false) => {}
        // What a listed program gives today, shown by `cargo test -- --nocapture`, to keep the
        // list's notes current.
        (Some(gap), true) => println!("{}", known_gaps::line_for(path, &gap.summary)),
        (None, true) => panic!(
            "{path} now matches its compiled run: remove its line from {}",
            known_gaps::FILE
        ),
        (Some(gap), false) => panic!(
            "{path}: the interpreter and rustc disagree\n{}\n\
             A gap that a feature still to come will close is listed in {} as:\n{}",
            gap.detail,
            known_gaps::FILE,
            known_gaps::line_for(path, &gap.summary)
        ),
    }
}

/// How an interpreted run differs from the compiled one.
struct Gap {
    /// One line: the first load error, the runtime error, or the first line that differs.
    summary: String,
    /// Everything: every load error, or both runs in full.
    detail: String,
}

/// How the interpreter's run of `source` differs from `compiled`, or `None` when it matches.
fn interpreted_gap(source: &str, compiled: &Transcript, comparison: Comparison) -> Option<Gap> {
    let interpreted = match panic::catch_unwind(AssertUnwindSafe(|| interpret(source))) {
        Ok(Ok(interpreted)) => interpreted,
        Ok(Err(diagnostics)) => {
            let more = match diagnostics.len() {
                0 | 1 => String::new(),
                n => format!(" (and {} more)", n - 1),
            };
            return Some(Gap {
                summary: format!("{}{more}", diagnostics.first()?),
                detail: format!("the interpreter rejects it:\n{}", diagnostics.join("\n")),
            });
        }
        Err(payload) => {
            let message = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| {
                    payload
                        .downcast_ref::<&str>()
                        .map(|text| (*text).to_owned())
                })
                .unwrap_or_default();
            return Some(Gap {
                summary: format!("the interpreter itself panicked: {message}"),
                detail: format!("the interpreter itself panicked: {message}"),
            });
        }
    };
    let expected = comparable(compiled, comparison);
    let actual = comparable(&interpreted.transcript, comparison);
    if actual == expected {
        return None;
    }
    let summary = match interpreted.error {
        Some(error) => error.status(),
        None => first_difference(&expected, &actual),
    };
    Some(Gap {
        summary,
        detail: format!("--- compiled:\n{expected}--- interpreted:\n{actual}"),
    })
}

/// The first line where two comparable texts differ, as one line.
fn first_difference(expected: &str, actual: &str) -> String {
    let mut expected_lines = expected.lines();
    let mut actual_lines = actual.lines();
    for number in 1.. {
        match (expected_lines.next(), actual_lines.next()) {
            (Some(want), Some(got)) if want == got => {}
            (want, got) => {
                let shown =
                    |line: Option<&str>| line.map_or("nothing".to_owned(), |l| format!("`{l}`"));
                return format!("line {number} is {} instead of {}", shown(got), shown(want));
            }
        }
    }
    unreachable!("two different texts differ at some line")
}

/// What must agree between the two runs (see [`Comparison`]), and whether the program
/// stalled (the diagnoses name tasks differently, because the interpreter also has the task
/// `fn main`, which compiled code does not).
fn comparable(transcript: &Transcript, comparison: Comparison) -> String {
    let mut text = match comparison {
        Comparison::Full => render(&Transcript {
            stalled: None,
            ..transcript.clone()
        }),
        Comparison::Output => transcript
            .output
            .iter()
            .map(|line| format!("{}\n", line.text))
            .collect(),
    };
    text.push_str(if transcript.stalled.is_some() {
        "stalled\n"
    } else {
        "finished\n"
    });
    text
}

/// An interpreted run: its transcript in the compiled form, and the runtime error that ended
/// it, if any.
struct Interpreted {
    transcript: Transcript,
    error: Option<async_playground::script::eval::RuntimeError>,
}

/// Corpus programs are small: a run that takes more steps than this has gone wrong, and is cut
/// short so that a known gap that spins cannot make the suite slow.
const CORPUS_LIMITS: Limits = Limits {
    steps: 20_000_000,
    ..Limits::DEFAULT
};

/// Runs `source` through the interpreter, or gives the diagnostics that stop the interpreter
/// from loading it.
fn interpret(source: &str) -> Result<Interpreted, Vec<String>> {
    let program = async_playground::script::eval::load_with(source, CORPUS_LIMITS).map_err(
        |diagnostics| {
            diagnostics
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
        },
    )?;
    let transcript = run_with_root(|executor| {
        executor.spawn(ROOT_TASK, program.main_future());
    });
    Ok(Interpreted {
        transcript,
        error: program.error(),
    })
}

/// The task the interpreter runs `fn main` as; compiled programs have no such task.
const ROOT_TASK: &str = "fn main";

/// Drives a fresh executor, whose root task `spawn_root` spawns, until it is done or stalls, and
/// describes the run as a compiled program's transcript: lines printed by the root task are
/// unattributed, and the root task is left out of the poll counts.
fn run_with_root(spawn_root: impl FnOnce(&Executor)) -> Transcript {
    let executor = Executor::new().with_trace(false);
    spawn_root(&executor);
    let stalled = loop {
        match executor.tick(1024) {
            Progress::Done => break None,
            Progress::Stalled(diagnostic) => break Some(diagnostic),
            Progress::Busy | Progress::WaitingOnTimers { .. } | Progress::WaitingOnIo => {}
        }
    };
    let is_root = |task: &TaskLabel| task.name.as_str() == ROOT_TASK;
    let output = executor.output().into_iter().map(|line| OutputLine {
        task: line.task.filter(|task| !is_root(task)),
        text: line.text,
    });
    let tasks = executor
        .stats()
        .per_task
        .into_iter()
        .filter(|task| !is_root(&task.task));
    let tasks = tasks.map(|task| TaskPolls {
        name: task.task.name.as_str().to_owned(),
        polls: task.stats.polls,
    });
    Transcript {
        output: output.collect(),
        tasks: tasks.collect(),
        stalled,
    }
}

#[test]
fn a_run_rooted_at_fn_main_compares_equal_to_the_compiled_program() {
    // What the interpreter does with lessons/lazy-futures/hello.rs, written out by hand: `fn main`
    // is the root task, and `block_on(future)` spawns the future as `main` and awaits it.
    let interpreted = run_with_root(|executor| {
        executor.spawn(ROOT_TASK, async {
            let future = async {
                println!("hello, world!");
            };
            println!("future created");
            spawn("main", future).await;
        });
    });
    let compiled = run_compiled(lazy_futures_hello::program_entry);
    assert_eq!(
        comparable(&interpreted, Comparison::Full),
        comparable(&compiled, Comparison::Full)
    );
}

#[test]
fn a_stalled_root_compares_equal_to_a_stalled_compiled_program() {
    let interpreted = run_with_root(|executor| {
        executor.spawn(ROOT_TASK, async {
            spawn("main", async {
                let first = spawn("first", async {
                    println!("first: waiting forever");
                    futures::future::pending::<()>().await;
                });
                let second = spawn("second", async {
                    println!("second: waiting forever");
                    futures::future::pending::<()>().await;
                });
                first.await;
                second.await;
            })
            .await;
        });
    });
    let compiled = run_compiled(deadlock::program_entry);
    assert_eq!(
        comparable(&interpreted, Comparison::Full),
        comparable(&compiled, Comparison::Full)
    );
}

/// Every `.rs` file below `dir` (relative to the crate root), as crate-relative paths.
fn rust_files(dir: &str, found: &mut BTreeSet<String>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let entries = std::fs::read_dir(root.join(dir))
        .unwrap_or_else(|error| panic!("cannot list {dir}: {error}"));
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = format!("{dir}/{name}");
        if entry.path().is_dir() {
            rust_files(&path, found);
        } else if name.ends_with(".rs") {
            found.insert(path);
        }
    }
}

#[test]
fn every_program_file_is_compiled_and_checked() {
    let mut on_disk = BTreeSet::new();
    rust_files("lessons", &mut on_disk);
    rust_files("tests/programs", &mut on_disk);
    let listed: BTreeSet<String> = PROGRAMS
        .iter()
        .map(|program| program.path.to_owned())
        .collect();
    assert_eq!(listed.len(), PROGRAMS.len(), "a program is listed twice");
    assert_eq!(
        on_disk, listed,
        "add new program files to `programs!` in tests/programs.rs"
    );
    assert!(
        PROGRAMS.len() >= 30,
        "the corpus has only {} programs",
        PROGRAMS.len()
    );
}

#[test]
fn every_preset_is_a_checked_program_and_the_reverse() {
    let presets: BTreeSet<&str> = LESSONS
        .iter()
        .flat_map(|lesson| presets::presets(lesson.slug))
        .map(|preset| preset.file)
        .collect();
    let listed: BTreeSet<&str> = PROGRAMS
        .iter()
        .map(|program| program.path)
        .filter(|path| path.starts_with("lessons/"))
        .collect();
    assert_eq!(presets, listed);
}

#[test]
fn every_program_parses_in_the_playground_subset() {
    let mut rejected = String::new();
    let parity_programs = PROGRAMS
        .iter()
        .filter(|program| !known_gaps::is_listed(program.path));
    for program in parity_programs {
        for diagnostic in async_playground::script::parse(&read_source(program.path)).1 {
            let _ = writeln!(rejected, "{}: {diagnostic:?}", program.path);
        }
    }
    assert!(rejected.is_empty(), "the parser rejects:\n{rejected}");
}

#[test]
fn programs_run_the_same_twice() {
    for program in PROGRAMS {
        let first = run_compiled(program.run);
        assert_eq!(
            first,
            run_compiled(program.run),
            "{} is not deterministic",
            program.path
        );
    }
}

#[test]
fn every_known_gap_names_a_program_of_the_suite() {
    let listed: BTreeSet<&str> = PROGRAMS.iter().map(|program| program.path).collect();
    let unknown: Vec<&String> = known_gaps::listed()
        .keys()
        .filter(|path| !listed.contains(path.as_str()))
        .collect();
    assert!(
        unknown.is_empty(),
        "{} names programs that are not in `programs!`: {unknown:?}",
        known_gaps::FILE
    );
}
