// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/future/mod.rs: the two
// documentation examples of `FutureExt::now_or_never`.
// Adapted: the examples' hidden lines are shown and both run in `main`, which prints what the
// first one asserts.
use futures::prelude::*;
use futures::{future::pending, future::ready};

fn main() {
    let future_ready = ready("foobar");
    let future_pending = pending::<&'static str>();

    let now = future_ready.now_or_never();
    let never = future_pending.now_or_never();
    println!("{now:?} {never:?}");
    assert_eq!(now, Some("foobar"));
    assert_eq!(never, None);

    let future_ready = ready("foobar");

    assert_eq!(
        future_ready.now_or_never().expect("Future not ready"),
        "foobar"
    );
}
