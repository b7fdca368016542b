// `panic!` with a formatted payload of typed values.
// expect: rustc
fn main() {
    let x = u64::MAX;
    panic!("x = {} and {:?}", x, Some(-1i8));
}
