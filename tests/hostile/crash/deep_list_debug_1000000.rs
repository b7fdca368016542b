// `{:?}` of a linked list a million deep: the compiled program overflows its stack, the playground must stop at its nesting limit.
// expect: limit nesting
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
    let list = build(1_000_000);
    println!("{:?}", list);
}
