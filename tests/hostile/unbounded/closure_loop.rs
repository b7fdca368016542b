// A closure called forever in a loop.
// expect: limit steps
fn main() {
    let mut total: u64 = 0;
    let mut add = |x: u64| total = total.wrapping_add(x);
    loop {
        add(3);
    }
}
