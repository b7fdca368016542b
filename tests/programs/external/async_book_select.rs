// Source: rust-lang/async-book, examples/06_03_select/src/lib.rs (chapter 6.3, "select!"): the
// example, default_and_complete and fused_stream modules.
// Adapted: `task_two` waits once (see there), `count` prints its total beside its `assert_eq!`, and a `main` (the chapter's tests
// run only `count`) also races the two tasks and adds two fused streams.
mod example {
    use futures::{
        future::FutureExt, // for `.fuse()`
        pin_mut,
        select,
    };

    async fn task_one() { /* ... */
    }
    async fn task_two() {
        // Adapted: task two waits once, so that which task completes first is certain
        // (`select!` polls ready branches in a random order).
        futures::pending!();
    }

    pub async fn race_tasks() {
        let t1 = task_one().fuse();
        let t2 = task_two().fuse();

        pin_mut!(t1, t2);

        select! {
            () = t1 => println!("task one completed first"),
            () = t2 => println!("task two completed first"),
        }
    }
}

mod default_and_complete {
    use futures::{future, select};

    pub async fn count() {
        let mut a_fut = future::ready(4);
        let mut b_fut = future::ready(6);
        let mut total = 0;

        loop {
            select! {
                a = a_fut => total += a,
                b = b_fut => total += b,
                complete => break,
                default => unreachable!(), // never runs (futures are ready, then complete)
            };
        }
        println!("total: {total}");
        assert_eq!(total, 10);
    }
}

mod fused_stream {
    use futures::{
        select,
        stream::{FusedStream, Stream, StreamExt},
    };

    pub async fn add_two_streams(
        mut s1: impl Stream<Item = u8> + FusedStream + Unpin,
        mut s2: impl Stream<Item = u8> + FusedStream + Unpin,
    ) -> u8 {
        let mut total = 0;

        loop {
            let item = select! {
                x = s1.next() => x,
                x = s2.next() => x,
                complete => break,
            };
            if let Some(next_num) = item {
                total += next_num;
            }
        }

        total
    }
}

fn main() {
    use futures::stream::{self, StreamExt};
    futures::executor::block_on(async {
        example::race_tasks().await;
        default_and_complete::count().await;
        let s1 = stream::iter(vec![1, 2, 3]).fuse();
        let s2 = stream::iter(vec![10, 20]).fuse();
        let total = fused_stream::add_two_streams(s1, s2).await;
        println!("two streams add up to {total}");
    });
}
