// `?` in a `fn main` that returns `()`: rustc rejects it.
// expect: E0277 at line 8
fn parse(text: &str) -> Result<u32, String> {
    text.parse::<u32>().map_err(|e| e.to_string())
}

fn main() {
    let n = parse("4")?;
    println!("{n}");
}
