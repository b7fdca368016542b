// Byte literals are u8: arithmetic on them stays in u8.
// expect: rustc
fn add(a: u8, b: u8) -> u8 {
    a + b
}

fn main() {
    println!("{} {}", b'a', b'z' - b'a');
    println!("{}", (b'a' + 1) as char);
    println!("{:?}", b"hi");
    println!("{}", add(b'z', 100));
    println!("{}", add(b'z', 200));
}
