// Source: google/comprehensive-rust, src/concurrency/async/state-machine.md ("State
// Machine"): the hand-written `TwoD10` future and the recursive `count_to`.
// Adapted: the page leaves `roll_d10` and `RollD10Future` undefined; here a roll is pending
// once (waking its task) and then ready with the next number of a fixed sequence. `main` runs
// both examples on `futures::executor::block_on`.
use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

thread_local! {
    static NEXT_ROLL: Cell<u32> = const { Cell::new(3) };
}

struct RollD10Future {
    polled: bool,
}

fn roll_d10() -> RollD10Future {
    RollD10Future { polled: false }
}

impl RollD10Future {
    fn poll(&mut self, ctx: &mut Context) -> Poll<u32> {
        if !self.polled {
            self.polled = true;
            ctx.waker().wake_by_ref();
            return Poll::Pending;
        }
        let roll = NEXT_ROLL.with(|next| {
            let roll = next.get();
            next.set(roll * 7 % 10 + 1);
            roll
        });
        println!("rolled {roll}");
        Poll::Ready(roll)
    }
}

/// Sum two D10 rolls plus a modifier.
fn two_d10(modifier: u32) -> TwoD10 {
    TwoD10::Init { modifier }
}

enum TwoD10 {
    // Function has not begun yet.
    Init { modifier: u32 },
    // Waiting for first `.await` to complete.
    FirstRoll { modifier: u32, fut: RollD10Future },
    // Waiting for second `.await` to complete.
    SecondRoll { modifier: u32, first_roll: u32, fut: RollD10Future },
}

impl Future for TwoD10 {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, ctx: &mut Context) -> Poll<Self::Output> {
        loop {
            match *self {
                TwoD10::Init { modifier } => {
                    // Create future for first dice roll.
                    let fut = roll_d10();
                    *self = TwoD10::FirstRoll { modifier, fut };
                }
                TwoD10::FirstRoll { modifier, ref mut fut } => {
                    // Poll sub-future for first dice roll.
                    if let Poll::Ready(first_roll) = fut.poll(ctx) {
                        // Create future for second roll.
                        let fut = roll_d10();
                        *self = TwoD10::SecondRoll { modifier, first_roll, fut };
                    } else {
                        return Poll::Pending;
                    }
                }
                TwoD10::SecondRoll { modifier, first_roll, ref mut fut } => {
                    // Poll sub-future for second dice roll.
                    if let Poll::Ready(second_roll) = fut.poll(ctx) {
                        return Poll::Ready(first_roll + second_roll + modifier);
                    } else {
                        return Poll::Pending;
                    }
                }
            }
        }
    }
}

async fn count_to(n: u32) {
    if n > 0 {
        Box::pin(count_to(n - 1)).await;
        println!("{n}");
    }
}

fn main() {
    NEXT_ROLL.with(|next| next.set(3));
    let total = futures::executor::block_on(two_d10(5));
    println!("two_d10(5) = {total}");
    futures::executor::block_on(count_to(3));
}
