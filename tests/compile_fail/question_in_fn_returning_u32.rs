// `?` in a function returning `u32`: rustc rejects it.
// expect: E0277 at line 4
fn first(values: &[u32]) -> u32 {
    let v = values.first().copied().ok_or("empty")?;
    v
}

fn main() {
    println!("{}", first(&[1]));
}
