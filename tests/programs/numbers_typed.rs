// Integer and float types as rustc gives them: limits of every width, parse range errors, the
// checked/wrapping/saturating/overflowing families, casts, f32 against f64 precision, radix and
// exponent formatting, `Ordering` and its Debug, literal types inferred from annotations.
use async_playground::prelude::println;

fn add_one(x: u8) -> u8 {
    x.wrapping_add(1)
}

fn big() -> u64 {
    60 * 1000 * 1000 * 1000
}

#[allow(clippy::all)]
fn main() {
    println!("{}", u64::MAX);
    println!("{}", i64::MIN);
    println!("{}", u128::MAX);
    println!("{}", i128::MIN);
    println!("{}", !0u8);
    println!("{}", !0);
    println!("{:?}", "256".parse::<u8>());
    println!("{:?}", "255".parse::<u8>());
    println!("{:?}", "-1".parse::<u32>());
    println!("{:?}", "".parse::<i32>());
    println!("{:?}", "-129".parse::<i8>());
    println!("{:?}", "3.5".parse::<f64>());
    println!("{:?}", "x".parse::<f32>());
    let n: u8 = "200".parse().unwrap();
    println!("{}", n.wrapping_add(100));
    println!("{}", 250u8.wrapping_add(10));
    println!("{:?}", 250u8.checked_add(10));
    println!("{:?}", 250u8.checked_add(5));
    println!("{}", 250u8.saturating_add(10));
    println!("{}", 5u8.saturating_sub(10));
    println!("{:?}", 250u8.overflowing_add(10));
    println!("{}", i32::MIN.wrapping_abs());
    println!("{}", (-7i32).rem_euclid(3));
    println!("{}", 2i64.pow(40));
    println!("{:?}", 2i32.checked_pow(31));
    println!("{}", 3u32.wrapping_pow(40));
    println!("{}", add_one(255));
    println!("{}", big());
    println!("{}", 0.1 + 0.2);
    println!("{}", 0.1f32 + 0.2f32);
    let x: f32 = 0.1;
    println!("{}", x + 0.2);
    println!("{:?}", 1.0f64);
    println!("{}", 1.0f64);
    println!("{}", 0.0 / 0.0);
    println!("{}", -0.0f64);
    println!("{:?}", -0.0f64);
    println!("{}", 1.0 / 0.0);
    println!("{}", -1.0 / 0.0);
    println!("{:.3}", 3.25f32);
    println!("{:8.2}|", -2.5);
    println!("{:x} {:X} {:o} {:b}", -1i8, 255u8, -1i16, 5u8);
    println!("{:#x} {:08b} {:#010x}", 255, 5u8, -2i32);
    println!("{:?}", 1.cmp(&2));
    println!("{:?}", 3.cmp(&2));
    println!("{:?}", 2.5f64.partial_cmp(&2.5));
    println!("{}", 300i32 as u8);
    println!("{}", -1i32 as u32);
    println!("{}", -1i64 as u64);
    println!("{}", 3.99f64 as i32);
    println!("{}", -3.99f64 as u8);
    println!("{}", 1e20 as i32);
    println!("{}", f64::NAN as i32);
    println!("{}", 65u8 as char);
    println!("{}", 'a' as u8);
    println!("{}", true as i32);
    println!("{}", u64::MAX as f64);
    println!("{}", i64::MAX as f32);
    println!("{}", 255u8 as i8);
    println!("{}", 1u64 << 63);
    println!("{}", (1u8 << 7) >> 3);
    println!("{}", -8i32 >> 1);
    println!("{}", 200u8.leading_zeros());
    println!("{}", 12u32.trailing_zeros());
    println!("{}", 255u8.count_ones());
    println!("{}", 7u32.abs_diff(10));
    println!("{}", (-5i32).abs());
    println!("{}", (-5i32).signum());
    println!("{}", 3i32.max(7).min(5));
    println!("{}", 2.0f64.sqrt());
    println!("{}", 2.0f32.sqrt());
    println!("{}", 2.0f64.powi(10));
    println!("{}", u32::BITS);
    let v: Vec<u64> = vec![1, 2, 3];
    let total: u64 = v.iter().sum();
    println!("{}", total);
    let e: Vec<i32> = Vec::new();
    println!("{}", e.iter().sum::<i32>());
    let a = 2147483647;
    println!("{}", a - 1);
    let t: i64 = 3_000_000_000;
    println!("{}", t * 3);
    println!("{}", 1_i128 << 100);
    println!("{}", u128::MAX / 3);
    println!("{}", i128::MAX - 5);
    let mut s: u16 = 65000;
    s += 500;
    println!("{}", s);
    println!("{:e} {:E} {:.2e} {:e}", 1234.5f64, 0.00012f32, 1234.5, 1500);
}
