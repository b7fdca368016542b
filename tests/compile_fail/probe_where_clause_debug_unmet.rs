// A struct without `Debug` passed where a `where` clause asks for it: rustc rejects it.
// expect: E0277 at line 16
struct Task {
    id: u32,
}

fn log<T>(item: &T)
where
    T: std::fmt::Debug,
{
    println!("{item:?}");
}

fn main() {
    let t = Task { id: 1 };
    log(&t);
    println!("{}", t.id);
}
