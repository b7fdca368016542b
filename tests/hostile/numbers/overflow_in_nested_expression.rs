// An overflow in the middle of a larger expression panics there.
// expect: rustc
fn f(a: i16, b: i16, c: i16) -> i16 {
    (a * b) / c
}

fn main() {
    println!("{}", f(100, 300, 3));
    println!("{}", f(200, 300, 3));
}
