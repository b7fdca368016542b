// `{}` on a struct with no `Display` impl: rustc rejects it.
// expect: E0277 at line 10
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    println!("{}", p);
    println!("{} {}", p.x, p.y);
}
