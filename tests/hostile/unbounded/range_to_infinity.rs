// `for i in 0..` with nothing that stops it.
// expect: limit steps
fn main() {
    let mut last = 0u64;
    for i in 0u64.. {
        last = i;
    }
    println!("{}", last);
}
