// A mismatched type inside a function of an inline module: rustc rejects it.
// expect: E0308 at line 9
mod geometry {
    pub struct Point {
        pub x: i32,
    }

    pub fn origin() -> Point {
        let label: u32 = "zero";
        println!("{label}");
        Point { x: 0 }
    }
}

fn main() {
    let p = geometry::origin();
    println!("{}", p.x);
}
