// Negating `isize::MIN` panics in a debug build.
// expect: rustc
fn neg(a: isize) -> isize {
    -a
}

fn main() {
    println!("{}", neg(isize::MAX));
    println!("{}", neg(isize::MIN));
}
