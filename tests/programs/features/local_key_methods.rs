// `thread_local!` keys' own methods, without a closure for `with`: `set`, `get`, `take` and
// `replace` on a key of a `Cell` or a `RefCell`, `with_borrow` and `with_borrow_mut` on a key
// of a `RefCell`. And a `static` is one value however often the program names it: a `static`
// atomic counts every call, across tasks. (A compiled test may run the program twice on one
// thread: the count starts from the static's value at the start, and the depth is put back.)
use async_playground::prelude::{println, *};
use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicUsize, Ordering};

thread_local! {
    static DEPTH: Cell<u32> = const { Cell::new(1) };
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

static CALLS: AtomicUsize = AtomicUsize::new(0);
static NAMES: [&str; 3] = ["ann", "bo", "cy"];

fn record(line: &str) {
    CALLS.fetch_add(1, Ordering::SeqCst);
    LOG.with_borrow_mut(|log| log.push(line.to_string()));
}

async fn visit(name: &'static str) {
    DEPTH.set(DEPTH.get() + 1);
    record(name);
    yield_now().await;
    println!("{name} sees depth {}", DEPTH.get());
}

fn main() {
    block_on(async {
        let calls_before = CALLS.load(Ordering::SeqCst);
        println!("depth starts at {}", DEPTH.get());
        let tasks: Vec<_> = NAMES
            .iter()
            .map(|&name| spawn(name, visit(name)))
            .collect();
        for task in tasks {
            task.await;
        }
        println!("replace gave {}", DEPTH.replace(10));
        println!("take gave {}, leaving {}", DEPTH.take(), DEPTH.get());
        LOG.with_borrow(|log| println!("log: {log:?}"));
        LOG.set(vec!["fresh".to_string()]);
        println!("after set, take gave {:?}", LOG.take());
        println!("and left {} lines", LOG.with_borrow(|log| log.len()));
        let calls = CALLS.load(Ordering::SeqCst) - calls_before;
        println!("calls counted: {calls}");
        DEPTH.set(1);
    });
}
