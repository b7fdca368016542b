// Pushing characters onto one string forever.
// expect: limit memory
fn main() {
    let mut s = String::new();
    loop {
        s.push_str("abcdefgh");
    }
}
