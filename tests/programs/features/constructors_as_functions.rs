// A tuple variant or tuple struct's name used as a function (`.map(Some)`, `.map(Wrapper)`,
// a program's own variant), and a `match` arm after a block body written without a comma.
use async_playground::prelude::{println, *};
use futures::stream::{self, StreamExt};

#[derive(Debug)]
struct Meters(u32);

#[derive(Debug)]
enum Reading {
    Valid(u32),
    Missing,
}

fn describe(pair: (u32, u32)) -> String {
    match pair {
        (0, _) => {}
        (a, b) => return format!("{a} then {b}"),
    }
    "starts at zero".to_string()
}

fn main() {
    block_on(async {
        let options: Vec<Option<u32>> = vec![1, 2].into_iter().map(Some).collect();
        println!("{options:?}");
        let lengths: Vec<Meters> = [3, 4].into_iter().map(Meters).collect();
        let total: u32 = lengths.iter().map(|length| length.0).sum();
        println!("{lengths:?} make {total}");
        let mut readings: Vec<Reading> = vec![5, 6].into_iter().map(Reading::Valid).collect();
        readings.push(Reading::Missing);
        for reading in &readings {
            match reading {
                Reading::Valid(value) => println!("{reading:?} holds {value}"),
                Reading::Missing => println!("{reading:?}"),
            }
        }
        let results: Vec<Result<u32, String>> = stream::iter(7..9).map(Ok).collect().await;
        println!("{results:?}");
        println!("{} / {}", describe((0, 1)), describe((2, 3)));
    });
}
