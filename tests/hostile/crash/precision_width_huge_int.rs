// The largest literal width, 65535, with zero padding and centring of typed integers.
// expect: rustc
fn main() {
    let s = format!("{:065535}", -5i64);
    println!("{} {}", s.len(), &s[..3]);
    let t = format!("{:^65535}", u64::MAX);
    println!("{} {}", t.len(), t.trim().len());
}
