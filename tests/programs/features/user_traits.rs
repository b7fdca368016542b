// User traits: required and default methods, an associated const and type, `Display` by hand,
// `Iterator` for a user type (so `for` works over it), generic functions with bounds and a
// `where` clause, `impl Trait` arguments and `Box<dyn Trait>`.
use async_playground::prelude::{println, *};
use std::fmt;

trait Shape {
    const SIDES: u32;
    fn area(&self) -> f64;
    fn describe(&self) -> String {
        format!("{} sides, area {:.1}", Self::SIDES, self.area())
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
struct Square(f64);
struct Triangle {
    base: f64,
    height: f64,
}

impl Shape for Square {
    const SIDES: u32 = 4;
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl Shape for Triangle {
    const SIDES: u32 = 3;
    fn area(&self) -> f64 {
        self.base * self.height / 2.0
    }
    fn describe(&self) -> String {
        format!("a triangle of area {:.1}", self.area())
    }
}

impl fmt::Display for Square {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Square({})", self.0)
    }
}

trait Area {
    fn area_of(&self) -> f64;
}

impl<T: Shape> Area for T {
    fn area_of(&self) -> f64 {
        self.area()
    }
}

struct Countdown {
    from: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.from == 0 {
            None
        } else {
            self.from -= 1;
            Some(self.from + 1)
        }
    }
}

fn largest<T>(items: &[T]) -> Option<&T>
where
    T: PartialOrd,
{
    let mut largest = items.first()?;
    for item in items {
        if item > largest {
            largest = item;
        }
    }
    Some(largest)
}

fn print_all(shapes: impl IntoIterator<Item = Box<dyn Area>>) {
    for shape in shapes {
        println!("area {:.2}", shape.area_of());
    }
}

fn main() {
    block_on(async {
        let square = Square(2.0);
        println!("{square} / {square:?}: {}", square.describe());
        println!("{}", Triangle { base: 3.0, height: 4.0 }.describe());
        println!("{:?} {}", Square::default(), square.clone() == Square(2.0));
        for n in (Countdown { from: 3 }) {
            println!("{n}...");
            yield_now().await;
        }
        let total: u32 = Countdown { from: 4 }.sum();
        println!("total {total}, largest {:?}", largest(&[3, 9, 2]));
        print_all(vec![Box::new(square) as Box<dyn Area>, Box::new(Triangle { base: 1.0, height: 1.0 })]);
    });
}
