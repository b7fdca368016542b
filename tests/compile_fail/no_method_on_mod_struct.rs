// A method the struct of an inline module does not have: rustc rejects it.
// expect: E0599 at line 20
mod geometry {
    pub struct Point {
        pub x: i32,
    }

    impl Point {
        pub fn shifted(&self) -> Point {
            Point { x: self.x + 1 }
        }
    }
}

use geometry::Point;

fn main() {
    let p = Point { x: 1 };
    println!("{}", p.shifted().x);
    p.scale(2);
}
