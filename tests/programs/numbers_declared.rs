// Numbers in declared places: struct fields, tuple struct fields, parameters and return types
// give literals their types, so arithmetic on them overflows where a debug build does.
use async_playground::prelude::println;

struct Meter(u8);
struct Acc {
    total: u64,
    small: u8,
}

fn scale(x: u64) -> u64 {
    x * 2
}

#[allow(clippy::all)]
fn main() {
    let m = Meter(200);
    println!("{}", m.0 as u32 + 100);
    let mut a = Acc { total: 0, small: 250 };
    a.total += 4_000_000_000;
    a.total += 4_000_000_000;
    println!("{}", a.total);
    println!("{}", scale(3_000_000_000 * 2));
    let wide: i128 = 170141183460469231731687303715884105727;
    println!("{}", wide);
    println!("{:?}", a.small.checked_add(6));
    a.small += 5;
    println!("{}", a.small);
    let xs = [1u8, 2, 3];
    let s: u32 = xs.iter().map(|&x| x as u32).sum();
    println!("{}", s);
    let big = 3_000_000_000u32;
    println!("{}", big);
    let neg = -128i8;
    println!("{}", neg);
    let min = -9223372036854775808i64;
    println!("{}", min);
    let p = 2u64.pow(63);
    println!("{}", p);
    let h = 0xFFu8;
    println!("{}", h);
    let r = 7 / 2;
    println!("{} {}", r, 7.0 / 2.0);
    let f: f32 = 1.0 / 3.0;
    println!("{}", f);
    let d = 1.0 / 3.0;
    println!("{}", d);
    println!("{}", 1e21);
    println!("{:?}", 1e21);
    println!("{}", 1e-7);
    println!("{:?}", 1e-7);
    println!("{}", f64::MAX);
    println!("{}", f32::MIN_POSITIVE);
    println!("{}", 255u8 as char);
    println!("{:5}|{:<5}|{:^5}|{:+}", 42, 42, 42, 42);
    println!("{:05.1}", 3.25);
    println!("{:+.2}", -0.004);
    println!("{}", a.small);
}
