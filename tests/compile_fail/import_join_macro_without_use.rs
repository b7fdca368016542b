// `join!` without `use futures::join`: rustc cannot find the macro.
// expect: error at line 14
use futures::executor::block_on;

async fn one() -> u32 {
    1
}

async fn two() -> u32 {
    2
}

async fn both() -> (u32, u32) {
    join!(one(), two())
}

fn main() {
    println!("{:?}", block_on(both()));
}
