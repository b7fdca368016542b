// `impl Future for ..` without `use std::future::Future`: rustc cannot find the trait.
// expect: E0405 at line 8
use futures::executor::block_on;
use std::pin::Pin;
use std::task::{Context, Poll};

struct Now;
impl Future for Now {
    type Output = &'static str;
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Self::Output> {
        Poll::Ready("now")
    }
}

fn main() {
    println!("{}", block_on(Now));
}
