// `1u32 + 1u64`: rustc rejects it.
// expect: E0308 at line 4
fn main() {
    let total = 1u32 + 1u64;
    println!("{total}");
}
