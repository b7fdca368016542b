// `{:>w$}` with the largest width there is, 65535, then one more, which panics.
// expect: rustc
fn main() {
    let w = 65_535;
    let s = format!("{:>w$}|", "x", w = w);
    println!("{} {:?}", s.len(), &s[s.len() - 3..]);
    println!("{:>1$}", 7, 20);
    let t = format!("{:>w$}|", "x", w = w + 1);
    println!("{}", t.len());
}
