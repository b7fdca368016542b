// A negative literal where a usize is expected does not compile.
// expect: error
fn main() {
    let v = vec![1, 2];
    println!("{}", v[-1]);
}
