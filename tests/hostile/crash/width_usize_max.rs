// `{:>w$}` with `w = usize::MAX`: a width above 65535 panics at run time, allocating nothing.
// expect: rustc
fn main() {
    let w = usize::MAX;
    let s = format!("{:>w$}", "x", w = w);
    println!("{}", s.len());
}
