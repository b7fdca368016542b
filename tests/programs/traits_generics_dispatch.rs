// Generic functions with bounds and `where` clauses, `impl Trait` arguments, `&dyn Trait`,
// a blanket impl, calls written `Trait::method(x)` and `Type::method(x)`, a type alias, an
// `async fn` in a trait awaited through a generic function, and a generic struct.
use async_playground::prelude::{println, *};
use std::fmt::{self, Display};

trait Animal {
    fn name(&self) -> String;
    fn noise(&self) -> String;
    fn speak(&self) -> String {
        format!("{} says {}", self.name(), self.noise())
    }
}

trait Describe {
    fn describe(&self) -> String;
}

impl<T: Display> Describe for T {
    fn describe(&self) -> String {
        format!("[{}]", self)
    }
}

#[derive(Clone, Debug)]
struct Dog(u32);

struct Cat;

impl Animal for Dog {
    fn name(&self) -> String {
        format!("dog{}", self.0)
    }
    fn noise(&self) -> String {
        "woof".to_string()
    }
}

impl Animal for Cat {
    fn name(&self) -> String {
        "cat".into()
    }
    fn noise(&self) -> String {
        "meow".into()
    }
    fn speak(&self) -> String {
        "the cat ignores you".into()
    }
}

impl Display for Cat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Cat")
    }
}

type Puppy = Dog;

struct Pair<T> {
    left: T,
    right: T,
}

impl<T: Clone + fmt::Debug> Pair<T> {
    fn swapped(&self) -> Pair<T> {
        Pair { left: self.right.clone(), right: self.left.clone() }
    }
}

trait Fetch {
    async fn fetch(&self, id: u32) -> String;
}

struct Store;

impl Fetch for Store {
    async fn fetch(&self, id: u32) -> String {
        yield_now().await;
        format!("item {id}")
    }
}

async fn fetch_two<F: Fetch>(source: &F) -> String {
    let a = source.fetch(1).await;
    let b = source.fetch(2).await;
    format!("{a}, {b}")
}

fn loudest<A>(animals: &[&dyn Animal], pick: A) -> String
where
    A: Fn(&str) -> bool,
{
    let mut out = Vec::new();
    for animal in animals {
        if pick(&animal.name()) {
            out.push(animal.speak());
        }
    }
    out.join("; ")
}

fn introduce(animal: impl Animal) -> String {
    Animal::speak(&animal)
}

fn main() {
    let rex: Puppy = Dog(7);
    let animals: Vec<&dyn Animal> = vec![&rex, &Cat];
    println!("{}", loudest(&animals, |name| name.len() > 2));
    println!("{}", introduce(Dog(1)));
    println!("{} {}", Dog::noise(&rex), Animal::name(&Cat));
    println!("{} {} {}", 5.describe(), "hi".describe(), Cat.describe());
    let pair = Pair { left: Dog(1), right: Dog(2) }.swapped();
    println!("{:?} {:?}", pair.left, Clone::clone(&pair.right));
    println!("{}", block_on(fetch_two(&Store)));
}
