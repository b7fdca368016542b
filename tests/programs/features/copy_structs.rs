// A `Copy` struct is one value in one place: writing a field (`p.x = 3`, `p.x += 1`, through
// `&mut p`, in a `&mut self` method) changes that place, while `let q = p;`, a `mut self`
// method, a field or element read by value (`let t = s.arr;`, `let row = grid[0];`), one
// handed out by a getter and one read through a reference (`*r`) each get a copy of their own,
// which later writes leave apart.
use async_playground::prelude::{println, *};

#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn bump(&mut self) {
        self.x += 1;
    }

    fn moved_right(mut self, by: i32) -> Point {
        self.x += by;
        self
    }
}

#[derive(Debug, Clone, Copy)]
struct Segment {
    from: Point,
    to: Point,
    marks: [u8; 3],
}

struct Track {
    last: Point,
}

impl Track {
    fn last(&self) -> Point {
        self.last
    }
}

fn shift(p: &mut Point) {
    p.y -= 10;
}

fn main() {
    block_on(async {
        let mut p = Point { x: 0, y: 0 };
        p.x = 3;
        p.y += 2;
        p.bump();
        shift(&mut p);
        println!("p after writes: {:?}", p);
        let r = &mut p;
        r.x = 100;
        println!("through a reference: {:?}", p);

        let mut q = p;
        q.bump();
        let far = p.moved_right(50);
        println!("p {:?}, q {:?}, far {:?}", p, q, far);

        let mut seg = Segment {
            from: p,
            to: Point { x: 1, y: 1 },
            marks: [1, 2, 3],
        };
        seg.to.y = 7;
        seg.marks[2] = 9;
        let mut start = seg.from;
        start.x = -1;
        let mut marks = seg.marks;
        marks[0] = 0;
        println!("{:?}", seg);
        println!("start {:?}, marks {:?}", start, marks);

        let mut grid = [[0u8; 2]; 2];
        let mut row = grid[0];
        row[1] = 7;
        grid[1][0] = 3;
        println!("grid {:?}, row {:?}", grid, row);

        let track = Track { last: p };
        let mut seen = track.last();
        seen.y = 0;
        println!("track keeps {:?}, the copy is {:?}", track.last, seen);

        let pointer = &track.last;
        let mut copied = *pointer;
        copied.x = 0;
        println!("behind the reference {:?}, the copy {:?}", track.last, copied);
    });
}
