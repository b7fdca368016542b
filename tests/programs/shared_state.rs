// `Rc<RefCell<..>>` shared between spawned tasks: each borrow ends before the next `.await`, so
// the tasks append to one log without ever conflicting.
use async_playground::prelude::{println, *};
use std::cell::RefCell;
use std::rc::Rc;

async fn writer(name: &'static str, log: Rc<RefCell<Vec<String>>>, entries: u32) {
    for entry in 1..=entries {
        log.borrow_mut().push(format!("{name}#{entry}"));
        yield_now().await;
    }
}

fn main() {
    let log = block_on(async {
        let log = Rc::new(RefCell::new(Vec::new()));
        let first = spawn("first", writer("first", log.clone(), 3));
        let second = spawn("second", writer("second", log.clone(), 2));
        first.await;
        second.await;
        println!("{} entries; owners of the log: {}", log.borrow().len(), Rc::strong_count(&log));
        let entries = log.borrow().clone();
        entries
    });
    println!("{log:?}");
}
