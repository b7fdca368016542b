// A `Copy` value taken out of a place by a pattern, a `move` closure or `async move` block, a
// loop, an iterator's `copied()` or `cloned()`, `unwrap()` (of a local or a field) or a move of
// a whole array is a copy of its own: writes to it leave the place alone, also when the value
// sits in a tuple or an `Option`, or is an array of arrays. A binding through a reference
// (`&mut self`, a `&mut` parameter, `let r = &mut p;`, `ref mut`) is no copy: writes through
// it reach the place.
use async_playground::prelude::{println, *};

#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, Copy)]
enum Shape {
    Dot(Point),
    Line(Point, Point),
}

impl Shape {
    fn shift(&mut self) {
        match self {
            Shape::Dot(p) => p.x += 1,
            Shape::Line(a, b) => {
                a.x += 1;
                b.x += 1;
            }
        }
    }
}

struct Held {
    cursor: Option<Point>,
}

fn nudge(cursor: &mut Option<Point>) {
    if let Some(p) = cursor {
        p.y -= 1;
    }
}

fn main() {
    block_on(async {
        let pair = (Point { x: 1, y: 1 }, 3);
        let (mut first, _) = pair;
        first.x = 0;
        let mut other = pair;
        other.0.y = 9;
        println!("pair {:?}, first {:?}, other {:?}", pair, first, other);

        let mut cursor = Some(Point { x: 5, y: 5 });
        if let Some(mut p) = cursor {
            p.x = 50;
            println!("the if-let copy {:?}", p);
        }
        match cursor {
            Some(mut p) => {
                p.y = 50;
                println!("the match copy {:?}", p);
            }
            None => println!("no cursor"),
        }
        println!("cursor after copies {:?}", cursor);
        if let Some(ref mut p) = cursor {
            p.x = 6;
        }
        nudge(&mut cursor);
        println!("cursor after writes {:?}", cursor);

        let mut origin = Point { x: 0, y: 0 };
        let r = &mut origin;
        let r2 = r;
        r2.x = 7;
        println!("through a moved reference {:?}", origin);

        let mut shape = Shape::Line(origin, origin);
        shape.shift();
        let mut copy = shape;
        copy.shift();
        let mut dot = Shape::Dot(origin);
        dot.shift();
        println!("shape {:?}, copy {:?}, dot {:?}", shape, copy, dot);

        let points = [Point { x: 1, y: 1 }, Point { x: 2, y: 2 }];
        for mut p in points {
            p.y = 0;
            println!("in the loop {:?}", p);
        }
        println!("points {:?}", points);

        let grid = [[0u8; 2]; 2];
        let mut moved = grid;
        moved[0][0] = 1;
        println!("grid {:?}, moved {:?}", grid, moved);

        let row = vec![Point { x: 1, y: 1 }, Point { x: 2, y: 2 }];
        for mut p in row.iter().copied() {
            p.x = 0;
            println!("the copied item {:?}", p);
        }
        let mut copies: Vec<Point> = row.iter().copied().filter(|p| p.x > 0).collect();
        copies[0].y = 7;
        let mut clone = row.iter().cloned().next().unwrap();
        clone.x = 70;
        let mut widest = row.iter().copied().max_by_key(|p| p.x).unwrap();
        widest.y = 0;
        let mut unwrapped = cursor.unwrap();
        unwrapped.x = 60;
        let held = Held { cursor };
        let mut taken = held.cursor.unwrap();
        taken.y = 60;
        println!("held {:?}, taken {:?}", held.cursor, taken);
        println!("row {:?}, cursor {:?}", row, cursor);
        println!("{:?} {:?} {:?} {:?}", copies, clone, widest, unwrapped);

        let mut q = Point { x: 0, y: 0 };
        let mut step = || q.x += 1;
        step();
        let mut own = move || {
            q.y += 5;
            q
        };
        own();
        println!("q {:?}, the closure's copy {:?}", q, own());
        let task = async move {
            q.x = 100;
            q
        };
        println!("q {:?}, the future's copy {:?}", q, task.await);
    });
}
