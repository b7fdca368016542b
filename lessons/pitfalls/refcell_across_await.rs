// A `RefCell` borrow held across an `.await`: `add_entry` keeps `entries` alive while it waits,
// so the `reader` task, polled in that gap, finds the log still borrowed. With `borrow()` instead
// of `try_borrow()` it would panic: "already mutably borrowed". clippy's
// `await_holding_refcell_ref` lint warns about exactly this.
use async_playground::prelude::{println, *};
use std::cell::RefCell;
use std::rc::Rc;

#[allow(clippy::await_holding_refcell_ref)] // the very mistake this preset shows
async fn add_entry(log: Rc<RefCell<Vec<String>>>) {
    let mut entries = log.borrow_mut();
    entries.push(String::from("early"));
    println!("add_entry: borrowed the log, now waiting");
    yield_now().await; // the borrow is still held while other tasks run
    entries.push(String::from("late"));
    println!("add_entry: done, the borrow ends here");
}

async fn reader(log: Rc<RefCell<Vec<String>>>) {
    for attempt in 1..=2 {
        match log.try_borrow() {
            Ok(entries) => println!("reader: attempt {attempt} sees {} entries", entries.len()),
            Err(_) => println!("reader: attempt {attempt} finds the log still borrowed"),
        }
        yield_now().await;
    }
}

fn main() {
    block_on(async {
        let log = Rc::new(RefCell::new(Vec::new()));
        let writer = spawn("add_entry", add_entry(log.clone()));
        let reader = spawn("reader", reader(log.clone()));
        writer.await;
        reader.await;
        println!("main: the log holds {:?}", log.borrow());
    });
}
