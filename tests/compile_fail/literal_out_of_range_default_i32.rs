// An unsuffixed literal beyond `i32`, its fallback type: rustc rejects it.
// expect: error at line 4
fn main() {
    let big = 3_000_000_000;
    println!("{big}");
}
