// `unwrap` on None and `expect` on Err panic with std's messages.
// expect: rustc
fn main() {
    let r: Result<u8, String> = Err("bad".to_string());
    println!("{}", r.clone().unwrap_or(7));
    let n: Option<u8> = None;
    println!("{:?}", n);
    r.expect("the value");
}
