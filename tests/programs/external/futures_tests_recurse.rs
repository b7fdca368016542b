// Source: rust-lang/futures-rs, branch 0.3, futures/tests/recurse.rs (the futures crate's own
// tests): lots.
// Adapted: no threads here, so `block_on` runs the recursion on the main thread instead of a
// spawned one that sent the sum back over a channel; `main` prints the sum it asserts.
use futures::executor::block_on;
use futures::future::{self, BoxFuture, FutureExt};

fn lots() {
    const N: i32 = 1_000;

    fn do_it(input: (i32, i32)) -> BoxFuture<'static, i32> {
        let (n, x) = input;
        if n == 0 {
            future::ready(x).boxed()
        } else {
            future::ready((n - 1, x + n)).then(do_it).boxed()
        }
    }

    let sum = block_on(do_it((N, 0)));
    println!("sum: {sum}");
    assert_eq!((0..=N).sum::<i32>(), sum);
}

fn main() {
    lots();
}
