// A method called with too many arguments: rustc rejects it.
// expect: E0061 at line 15
struct Counter {
    n: u32,
}

impl Counter {
    fn bump(&mut self) {
        self.n += 1;
    }
}

fn main() {
    let mut c = Counter { n: 0 };
    c.bump(2);
    println!("{}", c.n);
}
