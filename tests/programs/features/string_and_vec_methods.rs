// The `String`/`str`/`char`/`Vec`/slice methods the std docs' examples use, with answers a
// learner can check: a reversed string collected into a `String`, `vec![0; n]` of a large
// `n`, sorting, dedup, retain, windows and chunks.
use async_playground::prelude::{println, *};

fn main() {
    block_on(async {
        let reversed = "abc".chars().rev().collect::<String>();
        println!("{reversed}");
        println!("{}", vec![0; 65_537].len());
        for (index, c) in "héllo".char_indices() {
            println!("{index}: {c}");
        }
        let mut words: Vec<&str> = "b a c a b".split_whitespace().collect();
        words.sort();
        words.dedup();
        println!("{words:?}");
        let mut people = vec![("ann", 31), ("bob", 25), ("cy", 40)];
        people.sort_by_key(|&(_, age)| age);
        println!("{people:?}");
        people.sort_by(|a, b| b.0.cmp(a.0));
        println!("{people:?}");
        let mut numbers: Vec<i32> = (1..=10).collect();
        numbers.retain(|n| n % 3 != 0);
        println!("{numbers:?}");
        let sums: Vec<i32> = numbers.windows(2).map(|pair| pair[0] + pair[1]).collect();
        println!("{sums:?}");
        for chunk in numbers.chunks(3) {
            println!("chunk {chunk:?}");
        }
        let oldest = people.iter().max_by_key(|(_, age)| *age);
        println!("{oldest:?}");
        let evens: i32 = (1..=6).filter(|n| n % 2 == 0).sum();
        let firsts: Vec<char> = ["apple", "bean"].iter().flat_map(|w| w.chars().take(2)).collect();
        println!("{evens} {firsts:?}");
        let small: Vec<i32> = (1..).take_while(|n| n * n < 30).collect();
        println!("{small:?}");
    });
}
