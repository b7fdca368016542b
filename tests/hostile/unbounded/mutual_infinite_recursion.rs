// Two functions calling each other forever.
// expect: limit call depth
fn ping(n: u64) -> u64 {
    pong(n + 1)
}

fn pong(n: u64) -> u64 {
    ping(n + 1)
}

fn main() {
    println!("{}", ping(0));
}
