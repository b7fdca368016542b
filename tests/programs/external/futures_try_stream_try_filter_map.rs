// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/try_stream/mod.rs:
// the documentation example of `TryStreamExt::try_filter_map`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use core::pin::pin;

        use futures::stream;
        use futures::stream::StreamExt;
        use futures::stream::TryStreamExt;

        let stream = stream::iter(vec![Ok(1i32), Ok(6i32), Err("error")]);
        let halves = stream.try_filter_map(|x| async move {
            let ret = if x % 2 == 0 { Some(x / 2) } else { None };
            Ok(ret)
        });

        let mut halves = pin!(halves);
        assert_eq!(halves.next().await, Some(Ok(3)));
        assert_eq!(halves.next().await, Some(Err("error")));
    });
    println!("TryStreamExt::try_filter_map: ran to its end");
}
