// Nested loops whose inner loop restarts forever.
// expect: limit steps
fn main() {
    let mut count = 0u64;
    'outer: loop {
        for i in 0..10 {
            count += i;
            if count == u64::MAX {
                break 'outer;
            }
        }
        count = 0;
    }
}
