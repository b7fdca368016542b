// A string that doubles with `push_str` of a clone.
// expect: limit memory
fn main() {
    let mut s = String::from("ab");
    loop {
        let copy = s.clone();
        s.push_str(&copy);
    }
}
