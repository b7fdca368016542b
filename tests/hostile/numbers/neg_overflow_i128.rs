// Negating `i128::MIN` panics in a debug build.
// expect: rustc
fn neg(a: i128) -> i128 {
    -a
}

fn main() {
    println!("{}", neg(i128::MAX));
    println!("{}", neg(i128::MIN));
}
