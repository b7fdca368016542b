// `{:?}` of a linked list 2,000 deep.
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
    let text = format!("{:?}", build(2_000));
    println!("{} {}", text.len(), &text[..40]);
}
