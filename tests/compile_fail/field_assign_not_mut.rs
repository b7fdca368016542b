// Assigning a field of a variable that is not `mut`: rustc rejects it.
// expect: E0594 at line 9
struct Point {
    x: i32,
}

fn main() {
    let p = Point { x: 1 };
    p.x = 2;
    println!("{}", p.x);
}
