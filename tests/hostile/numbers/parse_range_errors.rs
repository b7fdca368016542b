// `parse` checks the target type's range and reports the error kind.
// expect: rustc
fn main() {
    println!("{:?}", "256".parse::<u8>());
    println!("{:?}", "255".parse::<u8>());
    println!("{:?}", "-1".parse::<u32>());
    println!("{:?}", "-129".parse::<i8>());
    println!("{:?}", "".parse::<i32>());
    println!("{:?}", "+5".parse::<u8>());
    println!("{:?}", " 5".parse::<i32>());
    println!("{:?}", "340282366920938463463374607431768211455".parse::<u128>());
    println!("{:?}", "-170141183460469231731687303715884105729".parse::<i128>());
    println!("{:?}", "18446744073709551616".parse::<u64>());
}
