// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/sink/drain.rs:
// the documentation example of `sink::drain`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing).
fn main() {
    futures::executor::block_on(async {
        use futures::sink::{self, SinkExt};

        let mut drain = sink::drain();
        drain.send(5).await?;
        Ok::<(), futures::never::Never>(()) }).unwrap();
    println!("sink::drain: ran to its end");
}
