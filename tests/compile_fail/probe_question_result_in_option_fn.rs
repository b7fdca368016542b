// `?` on a `Result` in a function returning `Option`: rustc rejects it.
// expect: E0277 at line 12
fn check(n: u32) -> Result<u32, String> {
    if n > 10 {
        Err(format!("{n} is too big"))
    } else {
        Ok(n)
    }
}

fn double(n: u32) -> Option<u32> {
    let n = check(n)?;
    Some(n * 2)
}

fn main() {
    println!("{:?}", double(4));
}
