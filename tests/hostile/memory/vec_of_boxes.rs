// Boxes of vectors kept in a vector forever.
// expect: limit memory
fn main() {
    let mut all: Vec<Box<Vec<u32>>> = Vec::new();
    loop {
        all.push(Box::new(vec![0; 100_000]));
    }
}
