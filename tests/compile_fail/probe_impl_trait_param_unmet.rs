// A type without the trait passed to an `&impl Shape` parameter: rustc rejects it.
// expect: E0277 at line 22
trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);
struct Circle(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn print_area(shape: &impl Shape) {
    println!("{}", shape.area());
}

fn main() {
    print_area(&Square(2.0));
    print_area(&Circle(1.0));
}
