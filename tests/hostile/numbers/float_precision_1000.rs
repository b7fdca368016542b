// `{:.1000}`: exact decimal expansion with a thousand digits.
// expect: rustc
fn main() {
    let s = format!("{:.1000}", 0.1);
    println!("{}", s.len());
    println!("{}", &s[..80]);
    println!("{}", &s[s.len() - 10..]);
    println!("{:.1000}", 1.0f32 / 3.0);
}
