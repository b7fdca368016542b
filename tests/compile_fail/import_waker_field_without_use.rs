// A struct field of type `Option<Waker>` without `use std::task::Waker`: rustc cannot find
// the type.
// expect: E0425 at line 6
struct Shared {
    done: bool,
    waker: Option<Waker>,
}

fn main() {
    let shared = Shared {
        done: false,
        waker: None,
    };
    println!("{}", shared.done && shared.waker.is_none());
}
