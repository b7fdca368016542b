// Negating `i16::MIN` panics in a debug build.
// expect: rustc
fn neg(a: i16) -> i16 {
    -a
}

fn main() {
    println!("{}", neg(i16::MAX));
    println!("{}", neg(i16::MIN));
}
