// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/lock/mutex.rs:
// the documentation example of `Mutex::into_inner`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    use futures::lock::Mutex;

    let mutex = Mutex::new(0);
    assert_eq!(mutex.into_inner(), 0);
    println!("Mutex::into_inner: ran to its end");
}
