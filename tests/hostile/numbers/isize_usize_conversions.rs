// isize/usize are 64-bit here: conversions at the edges.
// expect: rustc
fn main() {
    println!("{} {}", usize::MAX as isize, isize::MIN as usize);
    println!("{}", (isize::MAX as usize) + 1);
    println!("{}", -1isize as usize == usize::MAX);
    println!("{}", usize::BITS);
}
