// `+= -= *= /= %= <<= >>= &= |= ^=` on a u8.
// expect: rustc
fn main() {
    let mut x: u8 = 10;
    x += 5; println!("{}", x);
    x -= 3; println!("{}", x);
    x *= 20; println!("{}", x);
    x /= 7; println!("{}", x);
    x %= 9; println!("{}", x);
    x <<= 5; println!("{}", x);
    x >>= 2; println!("{}", x);
    x &= 0b1010; println!("{}", x);
    x |= 0x80; println!("{}", x);
    x ^= 0xff; println!("{}", x);
    x *= 200; println!("{}", x);
}
