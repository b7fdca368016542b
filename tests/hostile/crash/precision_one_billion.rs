// `{:.1000000000}`: a literal precision above 65535 does not compile.
// expect: error
fn main() {
    let s = format!("{:.1000000000}", 1.0);
    println!("{}", s.len());
}
