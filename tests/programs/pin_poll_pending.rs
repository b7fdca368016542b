// `pending!` returns Pending once without waking the task; `poll!` polls a pinned future once
// and hands back its `Poll`; `pin_mut!` and `std::pin::pin!` pin futures on the stack; and
// `join!` takes any number of futures, also written with its path.
use async_playground::prelude::{println, *};
use futures::{pending, pin_mut, poll};

fn main() {
    block_on(async {
        let slow = async {
            yield_now().await;
            7
        };
        pin_mut!(slow);
        let first = poll!(slow.as_mut());
        println!("first poll: {first:?}");
        let second = poll!(slow.as_mut());
        println!("second poll: {second:?}");

        let pinned = std::pin::pin!(async { 3 });
        println!("pinned gave {}", pinned.await);

        let (a, b, c, d) = futures::join!(
            async {
                println!("a: before pending!");
                pending!();
                println!("a: after pending!");
                1
            },
            async {
                yield_now().await;
                println!("b: woke the task");
                2
            },
            async { 3 },
            async { 4 }
        );
        println!("joined {a} {b} {c} {d}");
    });
}
