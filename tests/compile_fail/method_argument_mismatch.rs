// A method called with an argument of the wrong type: rustc rejects it.
// expect: E0308 at line 15
struct Counter {
    n: u32,
}

impl Counter {
    fn add(&mut self, by: u32) {
        self.n += by;
    }
}

fn main() {
    let mut c = Counter { n: 0 };
    c.add(true);
    println!("{}", c.n);
}
