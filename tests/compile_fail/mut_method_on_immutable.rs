// A `&mut self` method on a variable that is not `mut`: rustc rejects it.
// expect: E0596 at line 15
struct Stopwatch {
    ticks: u64,
}

impl Stopwatch {
    fn tick(&mut self) {
        self.ticks += 10;
    }
}

fn main() {
    let watch = Stopwatch { ticks: 0 };
    watch.tick();
    println!("{}", watch.ticks);
}
