// A vector used after it was passed by value: rustc rejects it.
// expect: E0382 at line 10
fn consume(v: Vec<u32>) -> usize {
    v.len()
}

fn main() {
    let v = vec![1, 2, 3];
    let n = consume(v);
    println!("{} {n}", v.len());
}
