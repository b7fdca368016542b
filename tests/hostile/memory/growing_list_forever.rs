// A linked list that grows forever.
// expect: limit memory
enum List {
    Cons(u64, Box<List>),
    Nil,
}

fn main() {
    let mut list = List::Nil;
    let mut i = 0;
    loop {
        list = List::Cons(i, Box::new(list));
        i += 1;
    }
}
