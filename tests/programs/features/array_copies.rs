// Arrays of `Copy` items are `Copy`: passing one by value, binding it to another name or
// moving it into an `async move` block copies it, so a callee or a copy that writes to its
// array leaves the original as it was, and the original stays usable. An array of `String`s
// is not `Copy`: binding it to another name moves it.
use async_playground::prelude::{println, *};

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

        let names = [String::from("x"), String::from("y")];
        let moved = names;
        println!("{:?}", moved);
    });
}
