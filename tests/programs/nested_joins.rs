// Joins inside joins: the outer `join!` polls two inner joins, which poll their own children,
// all inside the one task `main`.
use async_playground::prelude::{println, *};
use futures::future::join;
use futures::join;

async fn step(name: &str, waits: u32) -> String {
    for _ in 0..waits {
        yield_now().await;
    }
    println!("{name} finished");
    name.to_string()
}

fn main() {
    block_on(async {
        let (left, right) = join!(
            join(step("left.a", 2), step("left.b", 0)),
            async {
                let (c, d) = join!(step("right.c", 1), step("right.d", 1));
                format!("{c}+{d}")
            }
        );
        println!("{left:?} and {right}");
    });
}
