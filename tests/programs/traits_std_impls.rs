// A user trait with required and default methods and an associated constant, implemented for
// two structs and used through `Box<dyn Trait>`; the std traits a learner implements by hand:
// `Display`, `Debug`, `PartialEq`, `PartialOrd`, `Add`, `Iterator` (driven by `for` and by
// adapters), and a user trait implemented for `i32`.
use async_playground::prelude::{println, *};
use std::cmp::Ordering;
use std::fmt;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
    fn describe(&self) -> String {
        format!("{} with area {:.2}", self.name(), self.area())
    }
}

struct Circle {
    r: f64,
}

struct Square(f64);

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn name(&self) -> String {
        "circle".to_string()
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl fmt::Display for Circle {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Circle(r={})", self.r)
    }
}

impl fmt::Debug for Square {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Sq[{}]", self.0)?;
        writeln!(f, "!")
    }
}

#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

impl std::ops::Add for Point {
    type Output = Point;
    fn add(self, other: Point) -> Point {
        Point { x: self.x + other.x, y: self.y + other.y }
    }
}

impl PartialEq for Point {
    fn eq(&self, other: &Point) -> bool {
        self.x == other.x
    }
}

impl PartialOrd for Point {
    fn partial_cmp(&self, other: &Point) -> Option<Ordering> {
        self.y.partial_cmp(&other.y)
    }
}

struct Countdown {
    left: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.left == 0 {
            return None;
        }
        println!("next at {}", self.left);
        self.left -= 1;
        Some(self.left)
    }
}

trait Double {
    fn double(&self) -> Self;
}

impl Double for i32 {
    fn double(&self) -> i32 {
        self * 2
    }
}

fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn bracketed<T>(value: &T) -> String
where
    T: fmt::Display + ?Sized,
{
    format!("<{}>", value)
}

async fn report(shapes: Vec<Box<dyn Shape>>) -> f64 {
    for shape in shapes.iter() {
        println!("{}", shape.describe());
        yield_now().await;
    }
    total_area(&shapes)
}

fn main() {
    let circle = Circle { r: 1.0 };
    println!("{} and {:?}", circle, Square(2.0));
    println!("{}", bracketed(&circle));
    println!("{}", circle.to_string().len());
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 2.0 }), Box::new(Square(3.0))];
    let total = block_on(report(shapes));
    println!("total {total}");
    let p = Point { x: 1, y: 2 } + Point { x: 3, y: 4 };
    println!("{:?} {} {}", p, p == Point { x: 4, y: 0 }, p != Point { x: 4, y: 9 });
    println!("{} {}", p < Point { x: 0, y: 7 }, p >= Point { x: 0, y: 7 });
    for left in (Countdown { left: 2 }) {
        println!("got {left}");
    }
    let sum: u32 = Countdown { left: 4 }.map(|x| x * 10).filter(|x| *x > 0).sum();
    println!("sum {sum} double {}", 21.double());
}
