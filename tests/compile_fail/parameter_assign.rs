// Assigning to a parameter that is not `mut`: rustc rejects it.
// expect: E0384 at line 6
fn countdown(n: u32) {
    while n > 0 {
        println!("{n}");
        n -= 1;
    }
}

fn main() {
    countdown(3);
}
