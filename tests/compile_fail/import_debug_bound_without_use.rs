// A `T: Debug` bound without `use std::fmt::Debug`: the prelude's `Debug` is the derive macro,
// so rustc rejects it as not a trait.
// expect: E0404 at line 4
fn show<T: Debug>(value: T) {
    println!("{value:?}");
}

fn main() {
    show(3);
}
