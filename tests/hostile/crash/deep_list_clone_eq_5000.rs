// Clone and `==` of a linked list 5,000 deep.
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
    let a = build(5_000);
    let b = a.clone();
    println!("{}", a == b);
    println!("{}", a == build(4_999));
}
