// `loop {}`: spins forever.
// expect: limit steps
fn main() {
    loop {}
}
