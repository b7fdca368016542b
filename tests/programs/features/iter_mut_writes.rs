// Writes through `iter_mut()`, `for x in &mut v`, `get_mut`/`first_mut`/`last_mut`, a `&mut`
// slice parameter, `VecDeque`'s `front_mut`, and maps' `values_mut`/`iter_mut` reach the
// collection, also between awaits.
use async_playground::prelude::{println, *};
use std::collections::{BTreeMap, HashMap, VecDeque};

struct Counter {
    hits: u32,
}

fn bump(xs: &mut [i32]) {
    for x in xs.iter_mut() {
        *x += 1000;
    }
}

fn lower(xs: &mut [i32]) {
    for x in xs {
        *x -= 1;
    }
}

async fn double_all(values: &mut [u64]) {
    for value in values.iter_mut() {
        yield_now().await;
        *value *= 2;
    }
}

fn main() {
    block_on(async {
        let mut v = vec![1, 2, 3];
        for x in v.iter_mut() {
            *x += 1;
        }
        v.iter_mut().for_each(|x| *x *= 10);
        for x in &mut v {
            *x += 1;
        }
        println!("{v:?}");
        bump(&mut v);
        lower(&mut v);
        println!("{v:?}");
        if let Some(first) = v.iter_mut().next() {
            *first = 99;
        }
        if let Some(x) = v.get_mut(1) {
            *x = 7;
        }
        if let Some(x) = v.last_mut() {
            *x += 1;
        }
        if let Some(x) = v.first_mut() {
            *x -= 1;
        }
        for (i, x) in v.iter_mut().enumerate() {
            *x += i as i32;
        }
        for x in v.iter_mut().rev().take(1) {
            *x = -1;
        }
        println!("{v:?} {}", v.iter().sum::<i32>());

        let mut queue: VecDeque<i32> = VecDeque::new();
        queue.push_back(1);
        queue.push_back(2);
        for x in queue.iter_mut() {
            *x += 5;
        }
        if let Some(front) = queue.front_mut() {
            *front = 0;
        }
        println!("{queue:?}");

        let mut scores = HashMap::new();
        scores.insert("a", 1);
        scores.insert("b", 2);
        for score in scores.values_mut() {
            *score += 100;
        }
        for (_, score) in scores.iter_mut() {
            *score += 1;
        }
        for (name, score) in &mut scores {
            *score += name.len() as i32;
        }
        let mut sorted: Vec<_> = scores.iter().collect();
        sorted.sort();
        println!("{sorted:?}");
        let mut lists: BTreeMap<u8, Vec<u8>> = BTreeMap::new();
        lists.insert(1, vec![]);
        for list in lists.values_mut() {
            list.push(9);
        }
        println!("{lists:?}");

        let mut names = vec![String::from("a"), String::from("b")];
        for name in names.iter_mut() {
            name.push('!');
        }
        for name in &mut names {
            *name = name.to_uppercase();
        }
        let mut counters = vec![Counter { hits: 0 }, Counter { hits: 5 }];
        counters.push(Counter { hits: 9 });
        let mut array = [1, 2, 3];
        for x in array.iter_mut() {
            *x *= 3;
        }
        println!("{array:?}");
        for counter in counters.iter_mut() {
            counter.hits += 1;
        }
        let hits: Vec<u32> = counters.iter().map(|c| c.hits).collect();
        println!("{names:?} {hits:?}");
        let mut grid = vec![vec![0; 2]; 2];
        for row in grid.iter_mut() {
            for cell in row.iter_mut() {
                *cell += 3;
            }
        }
        let mut slots = vec![Some(1), None];
        for slot in slots.iter_mut() {
            slot.take();
        }
        println!("{grid:?} {slots:?}");
        let mut big = vec![1u64, 2, 3];
        double_all(&mut big).await;
        println!("{big:?}");
    });
}
