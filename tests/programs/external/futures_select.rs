// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/select.rs:
// the documentation example of `future::select`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use core::pin::pin;

        use futures::future;
        use futures::future::Either;

        // These two futures have different types even though their outputs have the same type.
        let future1 = async {
            future::pending::<()>().await; // will never finish
            1
        };
        let future2 = async { future::ready(2).await };

        // 'select' requires Future + Unpin bounds
        let future1 = pin!(future1);
        let future2 = pin!(future2);

        let value = match future::select(future1, future2).await {
            Either::Left((value1, _)) => value1, // `value1` is resolved from `future1`
            // `_` represents `future2`
            Either::Right((value2, _)) => value2, // `value2` is resolved from `future2`
                                                  // `_` represents `future1`
        };

        assert!(value == 2);
    });
    println!("future::select: ran to its end");
}
