// A method a struct does not have: rustc rejects it.
// expect: E0599 at line 15
struct Robot {
    name: String,
}

impl Robot {
    fn greet(&self) {
        println!("I am {}", self.name);
    }
}

fn main() {
    let r = Robot { name: String::from("R2") };
    r.dance();
    r.greet();
}
