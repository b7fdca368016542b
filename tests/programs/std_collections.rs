// std's collections as the std docs use them: a word count with `entry`, a `BTreeMap` of
// vectors, sets and their operations, a `VecDeque` queue, and `collect` into the type asked
// for. A `HashMap` is only read in a sorted order: rustc's iteration order is random.
use async_playground::prelude::{println, *};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

fn reversed(s: &str) -> String {
    s.chars().rev().collect()
}

async fn count_words(text: &str) -> Vec<(String, usize)> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word.to_string()).or_insert(0) += 1;
        yield_now().await;
    }
    let mut pairs: Vec<(String, usize)> = counts.into_iter().collect();
    pairs.sort();
    pairs
}

fn main() {
    println!("{}", "abc".chars().rev().collect::<String>());
    println!("{}", reversed("hello"));
    let counts = block_on(count_words("the cat saw the dog and the cat ran"));
    println!("{:?}", counts);

    let text = "one two three four five six seven";
    let mut by_len: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for word in text.split(' ') {
        by_len.entry(word.len()).or_default().push(word);
    }
    println!("{:?}", by_len);
    println!("{:#?}", by_len.get(&5));
    println!("{:?} {:?}", by_len.first_key_value(), by_len.keys().last());

    let mut letters: HashMap<char, u32> = HashMap::new();
    for c in "mississippi".chars() {
        *letters.entry(c).or_default() += 1;
    }
    let mut seen: Vec<_> = letters.iter().map(|(c, n)| (*c, *n)).collect();
    seen.sort();
    println!("{:?} {} {:?}", seen, letters.len(), letters.get(&'z'));
    letters.entry('m').and_modify(|n| *n += 10).or_insert(0);
    println!("{} {}", letters[&'m'], letters.contains_key(&'q'));

    let a: HashSet<i32> = [1, 2, 3, 4].iter().cloned().collect();
    let b: HashSet<i32> = [3, 4, 5].into_iter().collect();
    let mut both: Vec<_> = a.intersection(&b).copied().collect();
    both.sort();
    println!("{:?} {} {}", both, a.contains(&1), b.is_subset(&a));
    let ordered: BTreeSet<char> = "hello world".chars().filter(|c| c.is_alphabetic()).collect();
    println!("{:?}", ordered);

    let mut queue = VecDeque::new();
    queue.push_back(1);
    queue.push_back(2);
    queue.push_front(0);
    println!("{:?}", queue);
    while let Some(front) = queue.pop_front() {
        println!("took {} leaving {}", front, queue.len());
    }

    let parsed: Result<Vec<i32>, String> = ["1", "2", "x", "4"]
        .iter()
        .map(|s| s.parse::<i32>().map_err(|e| format!("{s}: {e}")))
        .collect();
    println!("{:?}", parsed);
    let all: Option<Vec<u32>> = vec![Some(1), Some(2)].into_iter().collect();
    println!("{:?}", all);
    let mut scores = BTreeMap::from([("b", 2), ("a", 1)]);
    scores.insert("c", 3);
    if let Some(score) = scores.get_mut("a") {
        *score += 100;
    }
    let removed = scores.remove("b");
    println!("{:?} {:?} {:?}", scores, removed, scores.len());
    for (name, score) in &scores {
        println!("{name} -> {score}");
    }
    println!("{}", vec![0; 65_537].len());
}
