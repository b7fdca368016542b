// Negating `i8::MIN` panics in a debug build.
// expect: rustc
fn neg(a: i8) -> i8 {
    -a
}

fn main() {
    println!("{}", neg(i8::MAX));
    println!("{}", neg(i8::MIN));
}
