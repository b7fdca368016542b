// A `use` inside a module reaches that module only, not the crate root: rustc rejects it.
// expect: E0425 at line 14
mod tasks {
    use futures::executor::block_on;

    pub fn run() {
        block_on(async { println!("in tasks") });
    }
}

fn main() {
    tasks::run();
    // `block_on` was imported in `tasks`, not here.
    block_on(async { println!("in main") });
}
