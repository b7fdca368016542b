// Arrays of `Copy` items are `Copy`: passing one by value, binding it to another name or
// moving it into an `async move` block copies it, so a callee or a copy that writes to its
// array leaves the original as it was, and the original stays usable. An array of `String`s
// is not `Copy`: binding it to another name moves it. A struct field declared as an array,
// through a type alias or a generic parameter too, is copied when read by value; a `Vec` field
// read by value is moved out whole.
use async_playground::prelude::{println, *};

type Row = [u8; 3];

struct Board {
    row: Row,
}

struct Wrapper<T> {
    inner: T,
}

struct Bag {
    items: Vec<u8>,
}

impl Bag {
    fn items(self) -> Vec<u8> {
        self.items
    }
}

fn bump(mut xs: [i32; 2]) -> i32 {
    xs[0] += 10;
    xs[0]
}

fn total(xs: [u64; 3]) -> u64 {
    xs.iter().sum()
}

fn main() {
    block_on(async {
        let v = [3, 4];
        println!("bumped: {}", bump(v));
        println!("original: {:?}", v);
        let w = v;
        let mut u = w;
        u[1] = 99;
        println!("{:?} {:?} {:?}", v, w, u);

        let (a, b, c) = (1u64, 2, 3);
        let parts = [a, b, c];
        println!("total {}", total(parts));
        println!("parts still {:?}, {} long", parts, parts.len());
        let task = async move { total(parts) * 2 };
        println!("task gives {}", task.await);
        println!("parts after the move: {:?}", parts);

        let board = Board { row: [1, 2, 3] };
        let mut row = board.row;
        row[0] = 9;
        let wrapper = Wrapper { inner: [5, 6] };
        let mut inner = wrapper.inner;
        inner[1] = 0;
        println!("{:?} {:?} {:?} {:?}", board.row, row, wrapper.inner, inner);
        let mut items = Bag { items: vec![7, 8] }.items();
        items.push(9);
        println!("items {:?}", items);

        let names = [String::from("x"), String::from("y")];
        let moved = names;
        println!("{:?}", moved);
    });
}
