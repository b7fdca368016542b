// Integers as rustc computes them: every `as` cast (truncating, sign-changing, saturating from
// floats) and the wrapping, checked and saturating arithmetic methods.
use async_playground::prelude::{println, *};

fn main() {
    block_on(async {
        let minus_one: i32 = -1;
        let big: i32 = 300;
        let huge: u64 = 5_000_000_000;
        let not_a_number = f64::NAN;
        let letter = 'A';
        println!("{} {} {}", minus_one as u8, big as u8, big as i8);
        println!("{} {}", huge as u32, huge as i32);
        println!("{} {} {}", -1.5f64 as u8, 300.7f64 as u8, not_a_number as i32);
        println!("{} {}", u8::MAX as i8, i64::MIN as u64);
        println!("{} {}", letter as u8, 97u8 as char);
        println!("{:?} {:?}", 200u8.checked_add(100), 200u8.checked_add(50));
        println!("{} {}", 200u8.wrapping_add(100), 200u8.saturating_add(100));
        println!("{}", i32::MAX.wrapping_add(1));
        println!("{}", (-7i32).rem_euclid(3));
    });
}
