// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/option.rs:
// the documentation example of `OptionFuture`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future::OptionFuture;

        let mut a: OptionFuture<_> = Some(async { 123 }).into();
        assert_eq!(a.await, Some(123));

        a = None.into();
        assert_eq!(a.await, None);
    });
    println!("OptionFuture: ran to its end");
}
