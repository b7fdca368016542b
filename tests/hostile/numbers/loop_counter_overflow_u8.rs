// A u8 loop counter that counts past 255 panics.
// expect: rustc
fn main() {
    let mut i: u8 = 250;
    while i >= 250 {
        println!("{}", i);
        i += 1;
    }
}
