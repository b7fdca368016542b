// `{}` on an `Option`, which has no `Display`: rustc rejects it.
// expect: E0277 at line 9
fn find() -> Option<u32> {
    Some(3)
}

fn main() {
    let n = find();
    println!("found {}", n);
}
