// Negating `i32::MIN` panics in a debug build.
// expect: rustc
fn neg(a: i32) -> i32 {
    -a
}

fn main() {
    println!("{}", neg(i32::MAX));
    println!("{}", neg(i32::MIN));
}
