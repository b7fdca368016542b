// One `T` given a `u32` and a float: rustc rejects it.
// expect: E0308 at line 13
fn larger<T: PartialOrd>(a: T, b: T) -> T {
    if a > b {
        a
    } else {
        b
    }
}

fn main() {
    let count: u32 = 4;
    println!("{}", larger(count, 2.5));
}
