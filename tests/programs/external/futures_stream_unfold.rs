// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/unfold.rs:
// the documentation example of `stream::unfold`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::stream::{self, StreamExt};

        let stream = stream::unfold(0, |state| async move {
            if state <= 2 {
                let next_state = state + 1;
                let yielded = state * 2;
                Some((yielded, next_state))
            } else {
                None
            }
        });

        let result = stream.collect::<Vec<i32>>().await;
        assert_eq!(result, vec![0, 2, 4]);
    });
    println!("stream::unfold: ran to its end");
}
