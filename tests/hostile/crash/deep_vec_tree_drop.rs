// A tree of nested vectors 50,000 deep, built and dropped.
// expect: rustc
#[derive(Debug)]
struct Tree {
    children: Vec<Tree>,
}

fn main() {
    let mut tree = Tree { children: Vec::new() };
    for _ in 0..50_000 {
        tree = Tree { children: vec![tree] };
    }
    let mut depth = 0;
    let mut node = &tree;
    while let Some(child) = node.children.first() {
        depth += 1;
        node = child;
    }
    println!("{}", depth);
}
