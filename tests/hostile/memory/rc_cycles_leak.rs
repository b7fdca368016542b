// `Rc` cycles created in a loop: none is ever freed.
// expect: limit memory
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    payload: Vec<u64>,
    next: RefCell<Option<Rc<Node>>>,
}

fn main() {
    loop {
        let a = Rc::new(Node { payload: vec![1; 100_000], next: RefCell::new(None) });
        let b = Rc::new(Node { payload: vec![2; 100_000], next: RefCell::new(Some(a.clone())) });
        *a.next.borrow_mut() = Some(b.clone());
    }
}
