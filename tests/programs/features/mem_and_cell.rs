// `std::mem::{replace, swap, take}` and `Cell`, as a hand-written future's state changes.
use async_playground::prelude::{println, *};
use std::cell::Cell;
use std::mem;
use std::rc::Rc;

#[derive(Debug, Default)]
enum State {
    #[default]
    Idle,
    Running(u32),
    Done(String),
}

fn main() {
    block_on(async {
        let mut state = State::Running(3);
        let old = mem::replace(&mut state, State::Done("finished".to_string()));
        println!("{old:?} -> {state:?}");
        if let State::Running(steps) = old {
            println!("it was running with {steps} steps left");
        }
        let taken = mem::take(&mut state);
        println!("took {taken:?}, left {state:?}");
        if let State::Done(message) = &taken {
            println!("the message was {} bytes", message.len());
        }
        let mut a = vec![1, 2];
        let mut b = vec![3];
        mem::swap(&mut a, &mut b);
        println!("{a:?} {b:?}");

        let polls = Rc::new(Cell::new(0));
        let counter = Rc::clone(&polls);
        let task = spawn("counted", async move {
            for _ in 0..3 {
                counter.set(counter.get() + 1);
                yield_now().await;
            }
        });
        task.await;
        println!("counted {} steps", polls.get());
        println!("replaced {}", polls.replace(10));
        println!("now {}", polls.get());
    });
}
