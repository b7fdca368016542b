// Pushing characters onto one string forever. At eight bytes per iteration the string holds
// about 64 MB when the step budget ends the loop, far short of the memory budget: an endless loop
// that grows slowly is stopped as endless. strings_accumulate and push_str_doubling, which grow
// fast, reach the memory budget.
// expect: limit steps
fn main() {
    let mut s = String::new();
    loop {
        s.push_str("abcdefgh");
    }
}
