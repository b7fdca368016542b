// Width, fill, alignment and sign flags on typed integers.
// expect: rustc
fn main() {
    println!("[{:5}] [{:<5}] [{:^5}] [{:>5}]", 42u8, 42i64, -42, 42u128);
    println!("[{:05}] [{:+}] [{:+05}] [{:*^9}]", -42, 7, 7, -3i8);
    println!("[{:>width$}] [{:0>4}]", 9, 12, width = 6);
    println!("[{:?}] [{:5?}] [{:<5?}]", -1i8, 3u16, 4);
}
