// A call to a function nothing declares, inside an inline module: rustc rejects it.
// expect: E0425 at line 5
mod tasks {
    pub fn run() {
        let total = summ(1, 2);
        println!("{total}");
    }
}

fn main() {
    tasks::run();
}
