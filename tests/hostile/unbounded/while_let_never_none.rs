// `while let Some(..)` over a value that is always Some.
// expect: limit steps
fn main() {
    let mut x = Some(1u8);
    while let Some(v) = x {
        x = Some(v.wrapping_add(1));
    }
}
