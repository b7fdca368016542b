// Literal types inferred from their context as rustc infers them: element types of annotated
// arrays and vectors, the type asked of `sum` and `product`, a typed element fixing the others;
// and the integer and float methods whose results depend on the type.
use async_playground::prelude::println;

#[allow(clippy::all)]
fn main() {
    let bytes: Vec<u8> = vec![254, 255];
    println!("{:?}", bytes.iter().map(|b| b.wrapping_add(1)).collect::<Vec<u8>>());
    let wide: [u64; 3] = [1 << 63, 4294967296, 255];
    println!("{:?}", wide);
    let mixed = [1.0f32, 1e7, 16777217.0];
    println!("{:?}", mixed);
    let p: i64 = (1..=20).product();
    println!("{}", p);
    let v: Vec<u8> = vec![100, 100, 50];
    let s: u8 = v.iter().sum();
    println!("{}", s);
    let big: u64 = (1..=100_000).sum();
    println!("{}", big);
    println!("{} {}", i8::MIN.unsigned_abs(), i128::MIN.unsigned_abs());
    println!("{} {} {:x}", 0x12u8.rotate_left(4), 1u32.rotate_right(1), 0x1234u16.swap_bytes());
    println!("{} {}", 12u64.next_power_of_two(), 0b0111u8.trailing_ones());
    println!("{:?} {:?}", 0u8.checked_neg(), 1u8.checked_neg());
    let nan = f64::NAN;
    println!("{:?} {:?}", nan.partial_cmp(&1.0), 1.0f64.partial_cmp(&2.0));
    let b = 0.1f32 + 0.2f32;
    println!("{}", b == 0.3);
    let mut words = vec!["pear", "fig", "banana"];
    words.sort_by_key(|w| w.len());
    println!("{:?}", words);
    let mut n = vec![3u64, 1, u64::MAX, 0];
    n.sort_by(|a, b| b.cmp(a));
    println!("{:?}", n);
    println!("{:?}", "a\x41\x7f");
}
