// Dropping a chain of `Option<Box<Node>>` 100,000 long.
// expect: rustc
struct Node {
    value: u64,
    next: Option<Box<Node>>,
}

fn main() {
    let mut head: Option<Box<Node>> = None;
    for value in 0..100_000 {
        head = Some(Box::new(Node { value, next: head }));
    }
    let mut sum = 0;
    let mut cursor = &head;
    while let Some(node) = cursor {
        sum += node.value;
        cursor = &node.next;
    }
    println!("{}", sum);
}
