// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/future/fuse.rs:
// the documentation example of `Fuse::terminated`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end. `select!` became `select_biased!`: once `foo_printer` is
// set, both branches are ready and `select!`'s random pick changes what is printed.
fn main() {
    futures::executor::block_on(async {
        use core::pin::pin;

        use futures::channel::mpsc;
        use futures::future::{Fuse, FusedFuture, FutureExt};
        use futures::select_biased;
        use futures::stream::StreamExt;

        let (sender, mut stream) = mpsc::unbounded();

        // Send a few messages into the stream
        sender.unbounded_send(()).unwrap();
        sender.unbounded_send(()).unwrap();
        drop(sender);

        // Use `Fuse::terminated()` to create an already-terminated future
        // which may be instantiated later.
        let foo_printer = Fuse::terminated();
        let mut foo_printer = pin!(foo_printer);

        loop {
            select_biased! {
                _ = foo_printer => {},
                () = stream.select_next_some() => {
                    if !foo_printer.is_terminated() {
                        println!("Foo is already being printed!");
                    } else {
                        foo_printer.set(async {
                            // do some other async operations
                            println!("Printing foo from `foo_printer` future");
                        }.fuse());
                    }
                },
                complete => break, // `foo_printer` is terminated and the stream is done
            }
        }
    });
    println!("Fuse::terminated: ran to its end");
}
