// `{:.N}` on exact binary ties and near-ties.
// expect: rustc
fn main() {
    for v in [0.125, 0.375, 2.675, 1.005, 1e-5, 123.456, 0.0049999] {
        println!("{:.2} {:.1} {:.0}", v, v, v);
    }
}
