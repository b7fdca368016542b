// A method of the payload called on the `Option`, not unwrapped: rustc rejects it.
// expect: E0599 at line 19
struct User {
    name: String,
}

impl User {
    fn greet(&self) -> String {
        format!("hi {}", self.name)
    }
}

fn find() -> Option<User> {
    Some(User { name: "ana".to_string() })
}

fn main() {
    let user = find();
    println!("{}", user.greet());
}
