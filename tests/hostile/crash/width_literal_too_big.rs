// `{:0100000}`: a literal width above 65535 does not compile.
// expect: error
fn main() {
    println!("{:0100000}", 1);
}
