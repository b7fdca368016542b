// An associated function called with an argument it does not take: rustc rejects it.
// expect: E0061 at line 14
struct Timer {
    ms: u64,
}

impl Timer {
    fn new() -> Timer {
        Timer { ms: 0 }
    }
}

fn main() {
    let t = Timer::new(5);
    println!("{}", t.ms);
}
