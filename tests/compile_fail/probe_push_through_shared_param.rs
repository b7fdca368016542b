// A push onto a vector borrowed with `&`, not `&mut`: rustc rejects it.
// expect: E0596 at line 4
fn add(v: &Vec<u32>) {
    v.push(1);
}

fn main() {
    let mut v = Vec::new();
    add(&v);
    println!("{v:?}");
}
