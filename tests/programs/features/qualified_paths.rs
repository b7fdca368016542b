// Qualified paths: `<Type as Trait>::f` calls the trait's function where the type has an
// inherent one of the same name, and picks between two traits' methods of one name (the Rust
// Book's "fully qualified syntax" case, written anew here), as `Trait::f(&value)` does;
// `<T>::f` and `<T>::CONST` name a
// type's own items; `<F as Future>::Output` and `<Vec<u32> as IntoIterator>::Item` name
// associated types in a signature and in a `let`.
use async_playground::prelude::{println, *};
use std::future::Future;

trait Animal {
    fn baby_name() -> String;
}

struct Dog;

impl Dog {
    fn baby_name() -> String {
        String::from("Spot")
    }
}

impl Animal for Dog {
    fn baby_name() -> String {
        String::from("puppy")
    }
}

trait Pilot {
    fn fly(&self) -> &'static str;
}

trait Wizard {
    fn fly(&self) -> &'static str;
}

struct Human;

impl Pilot for Human {
    fn fly(&self) -> &'static str {
        "this is your captain speaking"
    }
}

impl Wizard for Human {
    fn fly(&self) -> &'static str {
        "up!"
    }
}

impl Human {
    fn fly(&self) -> &'static str {
        "*waving arms*"
    }
}

async fn finish<F: Future>(future: F) -> <F as Future>::Output {
    future.await
}

fn main() {
    block_on(async {
        println!("a baby dog is called {}", Dog::baby_name());
        println!("as an animal, {}", <Dog as Animal>::baby_name());
        let person = Human;
        println!("the person: {}", person.fly());
        println!("the pilot: {}", <Human as Pilot>::fly(&person));
        println!("the wizard: {}", <Human as Wizard>::fly(&person));
        println!("Pilot::fly: {}", Pilot::fly(&person));
        println!("Wizard::fly: {}", Wizard::fly(&person));
        let answer: <Vec<u32> as IntoIterator>::Item = finish(async { 6 * 7 }).await;
        println!("finished with {answer}");
        println!("{} {}", <u8>::MAX, <i64 as Default>::default());
    });
}
