// A method no impl or trait gives, in a file that defines a trait: rustc rejects it.
// expect: E0599 at line 23
trait Shape {
    fn area(&self) -> f64;
    fn describe(&self) -> String {
        format!("area {}", self.area())
    }
}

struct Circle {
    radius: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14 * self.radius * self.radius
    }
}

fn main() {
    let circle = Circle { radius: 1.0 };
    println!("{}", circle.describe());
    println!("{}", circle.perimeter());
}
