// Inline modules with `pub` items, nested modules, `use self::`/`super::` paths, an alias, a
// glob import, same-named functions in different modules, a trait defined in one module and
// implemented in another, and std/futures functions and macros written with their full paths.
use async_playground::prelude::{println, *};

mod greetings {
    pub fn hello() -> String {
        String::from("hello")
    }

    pub mod loud {
        use super::hello;

        pub fn hello_loud() -> String {
            hello().to_uppercase()
        }

        pub fn name() -> &'static str {
            "loud"
        }
    }

    pub fn name() -> &'static str {
        "greetings"
    }

    pub trait Greeter {
        fn greet(&self) -> String;
        fn greet_twice(&self) -> String {
            format!("{} {}", self.greet(), self.greet())
        }
    }
}

mod people {
    use super::greetings::Greeter;
    use super::greetings::loud::{self, hello_loud as shout};

    pub struct Person {
        pub name: String,
    }

    impl Person {
        pub fn new(name: &str) -> Person {
            Person { name: name.to_string() }
        }
    }

    impl Greeter for Person {
        fn greet(&self) -> String {
            format!("{} says {}", self.name, shout())
        }
    }

    pub fn module_names() -> String {
        format!("{} {}", loud::name(), super::greetings::name())
    }

    pub async fn slow_greeting(person: &Person) -> String {
        async_playground::prelude::yield_now().await;
        person.greet()
    }
}

mod everything {
    pub use super::people::*;
}

use greetings::Greeter;
use std::future::ready as now;

async fn run() -> u32 {
    let ann = everything::Person::new("Ann");
    println!("{}", ann.greet_twice());
    let (a, b) = futures::join!(people::slow_greeting(&ann), futures::future::ready(7));
    println!("{a} / {b}");
    let c = std::future::ready(30).await;
    b + c + now(5).await
}

fn main() {
    println!("{} {}", greetings::hello(), greetings::loud::hello_loud());
    println!("{}", people::module_names());
    let total = block_on(run());
    println!("total {total}");
}
