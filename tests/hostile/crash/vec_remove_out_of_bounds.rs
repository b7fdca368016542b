// `remove` past the end panics with its message.
// expect: rustc
fn main() {
    let mut v = vec![1, 2, 3];
    println!("{}", v.remove(1));
    println!("{}", v.remove(5));
}
