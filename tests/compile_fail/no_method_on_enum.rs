// A method an enum does not have: rustc rejects it.
// expect: E0599 at line 10
enum Light {
    Red,
    Green,
}

fn main() {
    let l = Light::Red;
    l.toggle();
    let _ = Light::Green;
}
