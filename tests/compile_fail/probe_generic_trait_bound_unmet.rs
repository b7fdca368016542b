// A type without the program trait passed where `T: Speak` is bound: rustc rejects it.
// expect: E0277 at line 14
trait Speak {
    fn speak(&self) -> String;
}

struct Cat;

fn talk<T: Speak>(t: &T) -> String {
    t.speak()
}

fn main() {
    println!("{}", talk(&Cat));
}
