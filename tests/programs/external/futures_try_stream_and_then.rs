// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/try_stream/mod.rs:
// the documentation example of `TryStreamExt::and_then`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing).
fn main() {
    use futures::channel::mpsc;
    use futures::future;
    use futures::stream::TryStreamExt;

    let (_tx, rx) = mpsc::channel::<Result<i32, ()>>(1);

    let rx = rx.and_then(|result| {
        future::ok(if result % 2 == 0 {
            Some(result)
        } else {
            None
        })
    });
    println!("TryStreamExt::and_then: ran to its end");
}
