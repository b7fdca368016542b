// Source: the std documentation of `std::future::IntoFuture` (rust-lang/rust,
// library/core/src/future/into_future.rs): the `into_future` example and the `Multiply`
// builder that is awaited directly.
// Adapted: `run` prints what it asserts and is run by `futures::executor::block_on` in `main`
// (the docs note that Rust has no `async fn main`).
use std::future::{ready, IntoFuture, Ready};

/// Eventually multiply two numbers
pub struct Multiply {
    num: u16,
    factor: u16,
}

impl Multiply {
    /// Construct a new instance of `Multiply`.
    pub fn new(num: u16, factor: u16) -> Self {
        Self { num, factor }
    }

    /// Set the number to multiply by the factor.
    pub fn number(mut self, num: u16) -> Self {
        self.num = num;
        self
    }

    /// Set the factor to multiply the number with.
    pub fn factor(mut self, factor: u16) -> Self {
        self.factor = factor;
        self
    }
}

impl IntoFuture for Multiply {
    type Output = u16;
    type IntoFuture = Ready<Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        ready(self.num * self.factor)
    }
}

async fn run() {
    let v = async { "meow" };
    let fut = v.into_future();
    let sound = fut.await;
    println!("{sound}");
    assert_eq!("meow", sound);

    let num = Multiply::new(0, 0) // initialize the builder to number: 0, factor: 0
        .number(2) // change the number to 2
        .factor(2) // change the factor to 2
        .await; // convert to future and .await
    println!("{num}");
    assert_eq!(num, 4);
}

fn main() {
    futures::executor::block_on(run());
}
