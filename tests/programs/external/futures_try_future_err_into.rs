// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/try_future/mod.rs:
// the documentation example of `TryFutureExt::err_into`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing).
fn main() {
    use futures::future::TryFutureExt;

    futures::executor::block_on(async {
        let future_err_u8 = async { Err::<(), u8>(1) };
        let future_err_i32 = future_err_u8.err_into::<i32>();
    });
    println!("TryFutureExt::err_into: ran to its end");
}
