// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/try_future/mod.rs:
// the documentation example of `TryFutureExt::into_future`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing).
fn main() {
    use futures::future::{Future, TryFuture, TryFutureExt};

    type T = i32;
    type E = ();
    fn make_try_future() -> impl TryFuture<Ok = T, Error = E> { // ... }
    async { Ok::<i32, ()>(1) }
    }
    fn take_future(future: impl Future<Output = Result<T, E>>) { /* ... */ }

    take_future(make_try_future().into_future());
    println!("TryFutureExt::into_future: ran to its end");
}
