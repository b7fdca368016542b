// `{}` on a `Vec`, which has no `Display`: rustc rejects it.
// expect: E0277 at line 5
fn main() {
    let v = vec![1, 2, 3];
    println!("{}", v);
}
