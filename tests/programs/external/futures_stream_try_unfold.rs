// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/try_stream/try_unfold.rs:
// the documentation example of `stream::try_unfold`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    #[derive(Debug, PartialEq)]
    struct SomeError;
    futures::executor::block_on(async {
        use futures::stream::{self, TryStreamExt};

        let stream = stream::try_unfold(0, |state| async move {
            if state < 0 {
                return Err(SomeError);
            }

            if state <= 2 {
                let next_state = state + 1;
                let yielded = state * 2;
                Ok(Some((yielded, next_state)))
            } else {
                Ok(None)
            }
        });

        let result: Result<Vec<i32>, _> = stream.try_collect().await;
        assert_eq!(result, Ok(vec![0, 2, 4]));
    });
    println!("stream::try_unfold: ran to its end");
}
