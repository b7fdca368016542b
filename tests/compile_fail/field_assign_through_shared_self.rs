// Assigning a field through `&self`: rustc rejects it.
// expect: E0594 at line 9
struct Counter {
    n: u32,
}

impl Counter {
    fn reset(&self) {
        self.n = 0;
    }
}

fn main() {
    let c = Counter { n: 3 };
    c.reset();
    println!("{}", c.n);
}
