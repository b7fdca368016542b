// Ackermann(2, 3) and (3, 3): deep, branching recursion.
// expect: rustc
fn ack(m: u64, n: u64) -> u64 {
    if m == 0 {
        n + 1
    } else if n == 0 {
        ack(m - 1, 1)
    } else {
        ack(m - 1, ack(m, n - 1))
    }
}

fn main() {
    println!("{} {}", ack(2, 3), ack(3, 3));
}
