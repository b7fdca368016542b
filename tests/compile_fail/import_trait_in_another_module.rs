// `FutureExt` imported in a module is not in scope at the crate root: rustc rejects `.boxed()`.
// expect: E0599 at line 16
mod helpers {
    use futures::FutureExt;

    pub async fn answer() -> u32 {
        async { 42 }.boxed().await
    }
}

use futures::executor::block_on;

fn main() {
    println!("{}", block_on(helpers::answer()));
    let later = async { 1 };
    let boxed = later.boxed();
    println!("{}", block_on(boxed));
}
