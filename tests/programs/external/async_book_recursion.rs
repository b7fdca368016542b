// Source: rust-lang/async-book, examples/07_05_recursion/src/lib.rs (chapter 7.5,
// "Recursion"): example and example_pinned.
// Adapted: the book's functions recurse forever (they are only compiled); here each takes a
// depth, stops at zero and prints on the way down, and a `main` runs both.
use futures::future::{BoxFuture, FutureExt};

fn recursive(depth: u32) -> BoxFuture<'static, ()> {
    async move {
        if depth == 0 {
            return;
        }
        println!("recursive({depth})");
        recursive(depth - 1).await;
        recursive(depth - 1).await;
    }
    .boxed()
}

async fn recursive_pinned(depth: u32) {
    if depth == 0 {
        return;
    }
    println!("recursive_pinned({depth})");
    Box::pin(recursive_pinned(depth - 1)).await;
    Box::pin(recursive_pinned(depth - 1)).await;
}

fn main() {
    futures::executor::block_on(async {
        recursive(2).await;
        recursive_pinned(2).await;
    });
}
