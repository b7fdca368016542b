// Recursion one past the old 200-call cap.
// expect: rustc
fn count(n: u8) -> u8 {
    if n == 0 { 0 } else { 1 + count(n - 1) }
}

fn main() {
    println!("{}", count(201));
}
