// Dropping a linked list 100,000 deep: rustc drops it recursively, fine at this depth.
// expect: rustc
#[derive(Debug, Clone, PartialEq)]
enum List {
    Cons(u32, Box<List>),
    Nil,
}

fn build(n: u32) -> List {
    let mut list = List::Nil;
    for i in 0..n {
        list = List::Cons(i, Box::new(list));
    }
    list
}

fn main() {
    let list = build(100_000);
    drop(list);
    println!("dropped");
}
