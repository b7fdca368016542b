// `?` on an `Option` in a function returning `Result`: rustc rejects it.
// expect: E0277 at line 4
fn smallest(values: &Vec<u32>) -> Result<u32, String> {
    let first = values.first()?;
    Ok(*first)
}

fn main() {
    println!("{:?}", smallest(&vec![3, 1]));
}
