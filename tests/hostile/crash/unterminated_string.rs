// An unterminated string literal.
// expect: error
fn main() {
    println!("never closed);
}
