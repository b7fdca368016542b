// `Iterator::sum` of u8 overflows in a debug build.
// expect: rustc
fn main() {
    let v: Vec<u8> = vec![100, 100, 50];
    let s: u8 = v.iter().sum();
    println!("{}", s);
    let w: Vec<u8> = vec![100, 100, 100];
    let t: u8 = w.iter().sum();
    println!("{}", t);
}
