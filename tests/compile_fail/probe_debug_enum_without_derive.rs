// `{s:?}` on an enum that does not derive `Debug`: rustc rejects it.
// expect: E0277 at line 10
enum State {
    Idle,
    Busy,
}

fn main() {
    let s = State::Busy;
    println!("state: {s:?}");
    let _ = State::Idle;
}
