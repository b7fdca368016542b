// Many distinct strings kept alive.
// expect: limit memory
fn main() {
    let mut kept = Vec::new();
    let mut i: u64 = 0;
    loop {
        kept.push("word ".repeat(1000) + &i.to_string());
        i += 1;
    }
}
