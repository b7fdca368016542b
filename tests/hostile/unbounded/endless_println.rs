// Printing forever: the output must stream and the run must still end at the step limit.
// expect: limit steps
fn main() {
    let mut i: u64 = 0;
    loop {
        println!("line {}", i);
        i += 1;
    }
}
