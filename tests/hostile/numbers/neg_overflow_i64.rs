// Negating `i64::MIN` panics in a debug build.
// expect: rustc
fn neg(a: i64) -> i64 {
    -a
}

fn main() {
    println!("{}", neg(i64::MAX));
    println!("{}", neg(i64::MIN));
}
