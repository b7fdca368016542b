// Unbounded recursion: compiled, a stack overflow; here, the call depth limit.
// expect: limit call depth
fn down(n: u64) -> u64 {
    down(n + 1) + 1
}

fn main() {
    println!("{}", down(0));
}
