// Shifting by a negative amount held in a variable panics.
// expect: rustc
fn shl(a: i32, n: i32) -> i32 {
    a << n
}

fn main() {
    println!("{}", shl(1, 4));
    println!("{}", shl(1, -1));
}
