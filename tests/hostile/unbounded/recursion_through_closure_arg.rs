// Unbounded recursion that passes a closure down.
// expect: limit call depth
fn down(n: u64, f: &dyn Fn(u64) -> u64) -> u64 {
    down(f(n), f)
}

fn main() {
    println!("{}", down(0, &|x| x + 1));
}
