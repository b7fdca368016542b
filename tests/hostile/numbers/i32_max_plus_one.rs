// `i32::MAX + 1` computed in a loop panics.
// expect: rustc
fn main() {
    let mut x = i32::MAX - 2;
    loop {
        println!("{}", x);
        x += 1;
    }
}
