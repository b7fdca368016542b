// What closures and async blocks capture: a `move` closure or `async move` block takes the
// value, which then drops with the closure or future (never again at the old local's scope
// end); a closure without `move` borrows, so the value stays with its local. A sender moved
// into an `async move` block is dropped when that future is, and the receiver's stream ends.
// The values are used whole (`name()`): a closure that only reads a field captures the field.
use async_playground::prelude::{println, *};
use futures::StreamExt;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl Noisy {
    fn name(&self) -> &'static str {
        self.0
    }
}

fn main() {
    block_on(async {
        let borrowed = Noisy("borrowed by a closure");
        {
            let show = || println!("the closure sees {}", borrowed.name());
            show();
        }
        println!("the borrowing closure is gone, its value is not");

        let taken = Noisy("taken by a move closure");
        let show = move || println!("the move closure holds {}", taken.name());
        show();
        drop(show);
        println!("the move closure is gone, with its value");

        let (first, second) = (Noisy("first of a pair"), Noisy("second of a pair"));
        let unpolled = async move {
            println!("never printed: {} {}", first.name(), second.name());
        };
        println!("dropping an unpolled future");
        drop(unpolled);

        let polled = Noisy("held by a polled future");
        let task = spawn("holder", async move {
            yield_now().await;
            println!("the task used {}", polled.name());
        });
        task.await;
        println!("the task is finished");

        let (tx, mut rx) = futures::channel::mpsc::unbounded();
        let sender = spawn("sender", async move {
            for word in ["one", "two"] {
                tx.unbounded_send(word).unwrap();
                yield_now().await;
            }
        });
        while let Some(word) = rx.next().await {
            println!("received {word}");
        }
        println!("every sender is gone");
        sender.await;
        println!("end of main's future");
    });
}
