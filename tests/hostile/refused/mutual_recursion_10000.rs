// Mutual recursion 10,000 calls deep.
// expect: rustc
fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

fn main() {
    println!("{} {}", is_even(10_000), is_odd(9_999));
}
