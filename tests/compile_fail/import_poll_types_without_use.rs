// A hand-written `poll` naming `Pin`, `Context` and `Poll` without importing them: rustc
// cannot find the types.
// expect: E0425 at line 10
use futures::executor::block_on;

struct Ready;

impl std::future::Future for Ready {
    type Output = u32;
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
        std::task::Poll::Ready(7)
    }
}

fn main() {
    println!("{}", block_on(Ready));
}
