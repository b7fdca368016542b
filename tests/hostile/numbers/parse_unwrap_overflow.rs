// `unwrap` on an out-of-range parse panics with the error's Debug.
// expect: rustc
fn main() {
    let ok: u16 = "65535".parse().unwrap();
    println!("{}", ok);
    let bad: u16 = "65536".parse().unwrap();
    println!("{}", bad);
}
