// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/lock/mutex.rs:
// the documentation example of `futures::lock::Mutex::get_mut`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::lock::Mutex;

        let mut mutex = Mutex::new(0);
        *mutex.get_mut() = 10;
        assert_eq!(*mutex.lock().await, 10);
    });
    println!("futures::lock::Mutex::get_mut: ran to its end");
}
