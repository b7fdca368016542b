// Debug of tuples nested 12 deep.
// expect: rustc
fn main() {
    let t = (1, (1, (1, (1, (1, (1, (1, (1, (1, (1, (1, (1, 0))))))))))));
    println!("{:?}", t);
}
