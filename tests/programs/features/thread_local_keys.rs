// `thread_local!` keys: each `with` lends the key's one value, made at the first `with`, so a
// `Cell` or `RefCell` in it keeps what earlier calls and tasks stored.
use async_playground::prelude::{println, *};
use std::cell::{Cell, RefCell};

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    static LOG: RefCell<Vec<String>> = RefCell::new(vec!["log opened".to_string()]);
}

fn next_id() -> u32 {
    NEXT_ID.with(|next| {
        let id = next.get();
        next.set(id + 1);
        id
    })
}

async fn worker(name: &'static str) {
    let id = next_id();
    LOG.with(|log| log.borrow_mut().push(format!("{name} got {id}")));
    yield_now().await;
    let id = next_id();
    LOG.with(|log| log.borrow_mut().push(format!("{name} then got {id}")));
}

fn main() {
    // The test harness runs the compiled program twice on one thread, whose keys keep their
    // values: start from the initialisers' values each time.
    NEXT_ID.with(|next| next.set(1));
    LOG.with(|log| log.borrow_mut().truncate(1));
    block_on(async {
        println!("first id: {}", next_id());
        let a = spawn("a", worker("a"));
        let b = spawn("b", worker("b"));
        a.await;
        b.await;
        let entries = LOG.with(|log| log.borrow().len());
        println!("{entries} entries");
        LOG.with(|log| {
            for line in log.borrow().iter() {
                println!("{line}");
            }
        });
        println!("next id: {}", next_id());
    });
}
