// std's collections with their common methods: `HashMap`'s `entry` API (printed sorted, since
// its iteration order is random in rustc), `BTreeMap`, `HashSet`, `BTreeSet` and `VecDeque`.
use async_playground::prelude::{println, *};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

async fn count_words(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word.to_lowercase()).or_insert(0) += 1;
        yield_now().await;
    }
    counts
}

fn main() {
    block_on(async {
        let counts = count_words("the cat saw the other cat and The dog").await;
        let mut sorted: Vec<(&String, &usize)> = counts.iter().collect();
        sorted.sort();
        println!("{sorted:?}");
        println!("the appears {} times", counts["the"]);
        println!("contains fish: {}", counts.contains_key("fish"));

        let by_length: BTreeMap<usize, Vec<&str>> =
            ["pear", "fig", "apple", "kiwi"]
                .iter()
                .fold(BTreeMap::new(), |mut map, fruit| {
                    map.entry(fruit.len()).or_insert_with(Vec::new).push(*fruit);
                    map
                });
        println!("{by_length:?}");

        let seen: HashSet<i32> = [3, 1, 3, 2, 1].into_iter().collect();
        let ordered: BTreeSet<i32> = seen.iter().copied().collect();
        println!("{} distinct: {ordered:?}", seen.len());

        let mut queue: VecDeque<&str> = VecDeque::new();
        queue.push_back("second");
        queue.push_front("first");
        queue.push_back("third");
        while let Some(item) = queue.pop_front() {
            println!("served {item}, {} waiting", queue.len());
        }
    });
}
