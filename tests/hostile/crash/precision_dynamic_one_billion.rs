// `{:.p$}` with `p` a billion: a precision above 65535 panics at run time.
// expect: rustc
fn main() {
    let p = 1_000_000_000;
    println!("{:.3}", 1.0);
    let s = format!("{:.p$}", 1.0, p = p);
    println!("{}", s.len());
}
