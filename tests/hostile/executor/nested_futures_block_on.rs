// `futures::executor::block_on` inside another panics with futures' message.
// expect: panic cannot execute `LocalPool` executor from within another executor: EnterError
use futures::executor::block_on;

fn main() {
    block_on(async {
        block_on(async {
            println!("inner");
        });
    });
}
