// A vector that doubles by extending with its own clone.
// expect: limit memory
fn main() {
    let mut v = vec![1u64];
    loop {
        let copy = v.clone();
        v.extend(copy);
    }
}
