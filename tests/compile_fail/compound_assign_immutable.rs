// `+=` on a variable that is not `mut`: rustc rejects it.
// expect: E0384 at line 6
fn main() {
    let total = 0;
    for i in 0..3 {
        total += i;
    }
    println!("{total}");
}
