// `0..=255u8` iterates every u8 without overflowing.
// expect: rustc
fn main() {
    let mut count = 0u32;
    let mut last = 0u8;
    for b in 0..=255u8 {
        count += 1;
        last = b;
    }
    println!("{} {}", count, last);
    println!("{}", (250u8..=255).map(|b| b as u32).sum::<u32>());
}
