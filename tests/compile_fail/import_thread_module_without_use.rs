// `thread::sleep(..)` with `std::thread` not imported: rustc cannot find the module.
// expect: E0433 at line 6
use std::time::Duration;

fn main() {
    thread::sleep(Duration::from_millis(1));
    println!("woke up");
}
