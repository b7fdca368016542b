// A generic function returning its `T`, inferred `{integer}`, kept as a `String`: rustc rejects it.
// expect: E0308 at line 8
fn first<T: Clone>(items: &[T]) -> T {
    items[0].clone()
}

fn main() {
    let x: String = first(&[1, 2, 3]);
    println!("{x}");
}
