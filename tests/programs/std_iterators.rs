// Iterator, slice, `str`, `char`, `Option` and `Result` methods as the std docs' examples use
// them. The adapters are lazy: the `inspect` and `map` closures print as the items are pulled,
// interleaved with the loop's own output, as compiled.
use async_playground::prelude::{println, *};

async fn lazy_pipeline() -> i32 {
    let mut total = 0;
    for x in (1..=6)
        .inspect(|x| println!("pulled {x}"))
        .filter(|x| x % 2 == 0)
        .map(|x| x * 10)
    {
        println!("got {x}");
        total += x;
        yield_now().await;
    }
    total
}

fn main() {
    println!("{}", block_on(lazy_pipeline()));

    let words = ["apple", "bob", "kayak", "zebra", "level"];
    let palindromes: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| w.chars().rev().collect::<String>() == *w)
        .collect();
    println!("{:?}", palindromes);
    println!("{:?} {:?}", words.iter().max_by_key(|w| w.len()), words.iter().min_by_key(|w| w.len()));
    println!("{:?}", words.iter().position(|w| w.starts_with('k')));
    println!("{:?}", words.iter().flat_map(|w| w.chars().take(2)).collect::<String>());
    let (short, long): (Vec<&str>, Vec<&str>) = words.iter().partition(|w| w.len() < 5);
    println!("{:?} {:?}", short, long);
    let (idx, lens): (Vec<usize>, Vec<usize>) = words.iter().map(|w| w.len()).enumerate().unzip();
    println!("{:?} {:?}", idx, lens);

    let nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    println!("{:?}", nums.iter().take_while(|&&n| n < 5).collect::<Vec<_>>());
    println!("{:?}", nums.iter().skip_while(|&&n| n < 5).collect::<Vec<_>>());
    println!("{:?}", nums.iter().step_by(3).collect::<Vec<_>>());
    println!("{:?}", nums.iter().scan(0, |acc, &n| { *acc += n; Some(*acc) }).collect::<Vec<_>>());
    println!("{:?} {:?}", nums.iter().map(|n| n * 2).nth(4), nums.iter().rev().nth(1));
    println!("{:?}", nums.iter().find_map(|&n| if n > 4 { Some(n * 100) } else { None }));
    println!("{:?}", nums.iter().copied().reduce(|a, b| a.max(b)));
    println!("{} {}", nums.iter().any(|&n| n > 8), nums.iter().all(|&n| n > 0));
    println!("{:?}", nums.windows(3).filter(|w| w[0] < w[1] && w[1] < w[2]).count());
    println!("{:?}", nums.chunks(4).map(|c| c.iter().sum::<i32>()).collect::<Vec<_>>());
    let mut sorted = nums.to_vec();
    sorted.sort();
    sorted.dedup();
    println!("{:?}", sorted);
    let mut evens = nums.to_vec();
    evens.retain(|n| n % 2 == 0);
    println!("{:?} {:?}", evens, sorted.binary_search(&4));
    let chained: Vec<i32> = (1..3).chain(7..9).rev().collect();
    println!("{:?} {}", chained, (1..=4).fold(String::new(), |acc, n| acc + &n.to_string()));
    let mut it = [1, 2, 3].iter().peekable();
    while let Some(x) = it.next() {
        match it.peek() {
            Some(next) => println!("{x} then {next}"),
            None => println!("{x} last"),
        }
    }
    let dashes: String = std::iter::repeat('-').zip("abc".chars()).flat_map(|(d, c)| [d, c]).collect();
    let mut countdown = 3;
    let launch: Vec<i32> = std::iter::from_fn(|| {
        countdown -= 1;
        (countdown >= 0).then_some(countdown)
    })
    .collect();
    let powers: Vec<u32> = std::iter::successors(Some(1u32), |n| n.checked_mul(10)).take(4).collect();
    println!("{dashes} {:?} {:?} {:?}", launch, powers, std::iter::once(7).chain(std::iter::empty()).collect::<Vec<i32>>());
    let zipped: Vec<(char, i32)> = "abc".chars().zip(1..).collect();
    println!("{:?} {:?}", zipped, "abc".char_indices().last());

    let line = "  name=Ferris; lang = Rust ;  ";
    for pair in line.trim().split(';').filter(|p| !p.trim().is_empty()) {
        if let Some((key, value)) = pair.split_once('=') {
            println!("[{}] -> [{}]", key.trim(), value.trim());
        }
    }
    println!("{:?}", "a,b,,c".split(',').collect::<Vec<_>>());
    println!("{:?}", "Hello World".split_whitespace().map(|w| w.to_uppercase()).collect::<Vec<_>>());
    println!("{:?} {:?}", "v1.2.3".strip_prefix('v'), "file.rs".strip_suffix(".txt"));
    println!("{} {}", "xxabcxx".trim_start_matches('x'), "123abc".trim_start_matches(char::is_numeric));
    println!("{:?} {:?}", "hello".find('l'), "hello".rfind("l"));
    println!("{} {}", "ab".repeat(3), "a-b-c".replace('-', "+"));
    for (i, line) in "first\nsecond\nthird".lines().enumerate() {
        println!("{i}: {line}");
    }
    let c = '7';
    println!("{:?} {:?} {}", c.to_digit(10), std::char::from_digit(5, 10), c.is_ascii_digit());
    println!("{} {} {}", 'q'.is_alphabetic(), ' '.is_whitespace(), 'ß'.is_lowercase());
    println!("{}", "hello".chars().map(|c| c.to_ascii_uppercase()).collect::<String>());
    let mut s = String::from("hello");
    s.insert(0, '>');
    s.push_str(" world");
    let popped = s.pop();
    println!("{} {:?} {}", s, popped, s.len());

    let some: Option<i32> = Some(4);
    let none: Option<i32> = nums.iter().copied().find(|&n| n > 100);
    println!("{:?} {:?}", some.map(|x| x * 2), none.map(|x| x * 2));
    println!("{:?} {:?}", some.and_then(|x| if x > 3 { Some(x) } else { None }), some.filter(|x| *x > 10));
    println!("{} {}", none.unwrap_or_else(|| nums.iter().sum()), some.map_or(0, |x| x + 1));
    println!("{:?} {:?}", none.ok_or("missing"), some.ok_or_else(|| words[0].len()));
    println!("{:?} {:?}", some.zip(Some('z')), none.or(Some(9)));
    println!("{} {}", some.is_some_and(|x| x % 2 == 0), none.is_none());
    let mut slot = Some(3);
    let taken = slot.take();
    println!("{:?} {:?}", taken, slot);
    let old = slot.replace(8);
    println!("{:?} {:?}", old, slot);
    let parsed: Result<i32, String> = "42".parse::<i32>().map_err(|e| e.to_string());
    println!("{:?} {:?}", parsed.clone().ok(), parsed.clone().and_then(|n| if n > 40 { Ok(n) } else { Err("small".to_string()) }));
    let bad: Result<i32, String> = Err("nope".to_string());
    let fallback: i32 = bad.clone().unwrap_or_default();
    println!("{} {:?} {}", fallback, bad.clone().err(), bad.is_err());
    println!("{:?}", bad.or_else(|e| if e == "nope" { Ok::<i32, String>(0) } else { Err(e) }));
}
