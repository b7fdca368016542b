// Pushing megabyte vectors forever: each value is small, together they are unbounded.
// expect: limit memory
fn main() {
    let mut all: Vec<Vec<u8>> = Vec::new();
    loop {
        all.push(vec![7u8; 1_000_000]);
    }
}
