// A string that doubles with `format!` each round.
// expect: limit memory
fn main() {
    let mut s = String::from("x");
    loop {
        s = format!("{}{}", s, s);
    }
}
