// A loop counter that is not `mut`: rustc rejects it.
// expect: E0384 at line 7
fn main() {
    let i = 0;
    while i < 3 {
        println!("{i}");
        i += 1;
    }
}
