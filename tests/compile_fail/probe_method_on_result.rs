// A method of the `Ok` value called on the `Result`: rustc rejects it.
// expect: E0599 at line 5
fn main() {
    let r: Result<u32, String> = Ok(2);
    println!("{}", r.pow(2));
}
