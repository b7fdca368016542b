// Ten megabytes at once: well within any reasonable budget, as compiled.
// expect: rustc
fn main() {
    let mut all: Vec<Vec<u8>> = Vec::new();
    for i in 0..10 {
        all.push(vec![i as u8; 1_000_000]);
    }
    let total: usize = all.iter().map(|v| v.len()).sum();
    println!("{} {}", all.len(), total);
}
