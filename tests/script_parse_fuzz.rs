//! Robustness of the script front-end: generated token soup, truncations and byte flips of valid
//! programs must never panic, hang or report diagnostics outside the source. The seed programs
//! must parse without errors. This file must never use randomness that is not seeded.

use async_playground::script::highlight::highlight;
use async_playground::script::parse;
use expect_test::expect;

/// A realistic lesson-style program: hand-written future, struct with async methods, combinators,
/// `join!`, matches and loops. It must parse without a single diagnostic.
const ASYNC_PROGRAM: &str = r#"use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use futures::executor::block_on;
use futures::future::{self, Either, FutureExt};
use futures::join;

/// Counts down, waking itself until it reaches zero.
#[derive(Debug)]
struct Countdown {
    remaining: u32,
    name: &'static str,
}

impl Future for Countdown {
    type Output = String;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        if self.remaining == 0 {
            return Poll::Ready(format!("{} done", self.name));
        }
        println!("{}: {} left", self.name, self.remaining);
        self.remaining -= 1;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

struct Server {
    requests: Vec<String>,
    served: usize,
}

impl Server {
    fn new() -> Self {
        Server { requests: Vec::new(), served: 0 }
    }

    async fn handle(&mut self, request: &str) -> Result<usize, String> {
        if request.is_empty() {
            return Err("empty request".to_string());
        }
        self.requests.push(request.to_string());
        self.served += 1;
        Ok(request.len())
    }
}

async fn example(min_len: usize) -> String {
    let content = async { "hello world".to_string() }.await;
    if content.len() < min_len {
        Either::Left(future::ready(String::new())).await
    } else {
        let upper = future::ready(content).map(|s| s.to_uppercase()).await;
        Either::Right(future::ready(upper)).await
    }
}

async fn run() -> Result<(), String> {
    let mut server = Server::new();
    for (i, request) in ["GET /", "", "POST /x"].iter().enumerate() {
        match server.handle(request).await {
            Ok(n) if n > 5 => println!("request {i}: long ({n} bytes)"),
            Ok(n) => println!("request {}: {} bytes", i, n),
            Err(e) => eprintln!("request {i} failed: {e:?}"),
        }
    }
    let (a, b) = join!(Countdown { remaining: 2, name: "a" }, example(3));
    println!("{a} / {b}");
    let mut total = 0u64;
    let mut i = 0;
    let last = loop {
        i += 1;
        if i % 2 == 0 { continue; }
        total += i as u64 * 2;
        if i >= 9 { break total; }
    };
    assert_eq!(last, total, "totals differ");
    Ok(())
}

fn main() {
    let result = block_on(run());
    println!("{:?}", result);
}
"#;

/// Smaller seeds covering other constructs.
const SEEDS: &[&str] = &[
    ASYNC_PROGRAM,
    "enum Shape { Circle(u32), Square { side: u32 }, Empty }\nfn area(s: &Shape) -> u32 { match s { Shape::Circle(r) => 3 * r * r, Shape::Square { side } => side * side, Shape::Empty => 0 } }",
    "fn main() { let v = vec![1, 2, 3]; let s: u32 = v.iter().map(|x| x * 2).sum(); let w = [0u8; 4]; let r = &v[1..=2]; while let Some(x) = it.next() { if x > 1 { break; } } }",
    "const LIMIT: usize = 10; static NAME: &str = \"x\"; fn f<T: Clone>(x: T) -> T where T: Copy { let c = move |y: u32| -> u32 { y + 1 }; x }",
    "mod m { pub trait T { type Out; const N: u8 = 1; fn f(&self) -> Self::Out; fn g() -> u8 { Self::N } } pub mod n { use super::T; pub struct S(pub u8); impl T for S { type Out = u8; fn f(&self) -> u8 { self.0 } } } }\nuse crate::m::{n::S, T};\nimpl Drop for S { fn drop(&mut self) {} }\nfn h<F: std::future::Future>(f: F) -> <F as std::future::Future>::Output where F: Unpin { todo!() }\nfn main() { let x = <S as T>::g(); let y = <u8>::MAX; }",
    "fn main() { let v = [1, 2, 3]; match v.as_slice() { [] => {} [a, rest @ ..] if *a > 0 => {} [.., last] => {} } let Some(x) = v.first() else { return; }; let mut n = 0; let mut c = || n += 1; let d = move |s: &str| s.len() + x; c(); }",
    "use futures::{select, join, pin_mut, channel::mpsc, SinkExt, StreamExt};\nthread_local! { static K: std::cell::Cell<u32> = const { std::cell::Cell::new(0) }; }\nasync fn run() { let (mut tx, mut rx) = mpsc::channel::<u32>(1); let a = async { tx.send(1).await }.fuse(); let b = rx.next().fuse(); pin_mut!(a, b); loop { select! { _ = a => {}, v = b => { K.set(K.get() + 1); break; } complete => break, default => {} } } let (p, q) = futures::join!(async { 1 }, async { 2 }); }",
];

#[test]
fn realistic_async_program_parses_without_errors() {
    for seed in SEEDS {
        let (file, diagnostics) = parse(seed);
        let messages: Vec<String> = diagnostics.iter().map(|d| d.to_string()).collect();
        assert_eq!(messages, Vec::<String>::new(), "in seed:\n{seed}");
        assert!(!file.items.is_empty());
    }
    let (file, _) = parse(ASYNC_PROGRAM);
    expect!["85 lines, 13 items"].assert_eq(&format!(
        "{} lines, {} items",
        ASYNC_PROGRAM.lines().count(),
        file.items.len()
    ));
}

/// xorshift64*: small, deterministic, good enough to shake a parser.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const VOCABULARY: &[&str] = &[
    "fn",
    "async",
    "await",
    "let",
    "mut",
    "if",
    "else",
    "match",
    "while",
    "loop",
    "for",
    "in",
    "break",
    "continue",
    "return",
    "struct",
    "enum",
    "impl",
    "Future",
    "for",
    "use",
    "move",
    "x",
    "y",
    "Some",
    "None",
    "Poll",
    "::",
    "=>",
    "->",
    "..",
    "..=",
    "?",
    "#",
    "[",
    "]",
    "(",
    ")",
    "{",
    "}",
    "<",
    ">",
    ">>",
    "<<",
    "=",
    "==",
    "+",
    "-",
    "*",
    "&",
    "&&",
    "|",
    "||",
    "!",
    ";",
    ",",
    ".",
    ":",
    "'a",
    "'_",
    "1",
    "1_000u32",
    "2.5",
    "\"s {} {x:?}\"",
    "'c'",
    "r#\"raw\"#",
    "println!",
    "vec!",
    "join!",
    "format!",
    "matches!",
    "/* c */",
    "// line\n",
    "\"{\"",
    "\"}\"",
    "'",
    "\"",
    "r#\"",
    "/*",
    "\\",
    "é",
    "\u{1F600}",
    "self",
    "Self",
    "&self",
    "trait",
    "unsafe",
    "mod",
    "macro_rules!",
    "as",
    "u32",
    "where",
    "dyn",
    "pub",
    "crate",
    "super",
    "static",
    "const",
    "type",
    "ref",
    "@",
    "_",
    "select!",
    "select_biased!",
    "pin_mut!",
    "thread_local!",
    "complete",
    "default",
    "<T as Trait>::",
    "rest @ ..",
    "else",
];

fn token_soup(rng: &mut Rng) -> String {
    let len = rng.below(60);
    (0..len)
        .map(|_| rng.pick(VOCABULARY))
        .collect::<Vec<_>>()
        .join(" ")
}

fn truncation(rng: &mut Rng) -> String {
    let seed = SEEDS[rng.below(SEEDS.len())];
    let mut end = rng.below(seed.len() + 1);
    while !seed.is_char_boundary(end) {
        end -= 1;
    }
    seed[..end].to_string()
}

/// Bytes that matter to the lexer and parser, for flips.
const FLIP_BYTES: &[u8] = b"{}()[]<>;:,.'\"#!|&=-_ \nax0";

fn byte_flips(rng: &mut Rng) -> String {
    let mut bytes = SEEDS[rng.below(SEEDS.len())].as_bytes().to_vec();
    for _ in 0..=rng.below(8) {
        let at = rng.below(bytes.len());
        match rng.below(3) {
            0 if at < bytes.len() => bytes[at] = FLIP_BYTES[rng.below(FLIP_BYTES.len())],
            1 if at < bytes.len() => {
                bytes.remove(at);
            }
            _ => bytes.insert(
                at,
                rng.pick(VOCABULARY)
                    .as_bytes()
                    .first()
                    .copied()
                    .unwrap_or(b' '),
            ),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Openers and closers of each kind of nesting, for [`deep_nesting`].
const NESTING: &[(&str, &str)] = &[
    ("(", ")"),
    ("[", "]"),
    ("{", "}"),
    ("vec![", "]"),
    ("Some(", ")"),
    ("async { ", " }"),
    ("|| ", ""),
    ("!", ""),
    ("- ", ""),
    ("&", ""),
    ("if x { ", " } else { 0 }"),
    ("match x { _ => ", " }"),
    ("x = ", ""),
];

/// Links of chains, for [`deep_nesting`].
const CHAIN_LINKS: &[&str] = &[
    " + 1", " * x", " && x", ".clone()", ".0", ".f", "?", ".await", "[0]", " as u8", "()",
];

/// Format specs at and past std's bounds (widths and precisions are `u16`), for
/// [`deep_nesting`].
const FORMAT_SPECS: &[&str] = &[
    ":>65535",
    ":.65535",
    ":65536",
    ":.1000000000",
    ":>18446744073709551616",
    ":>x$",
    ":.x$",
    ":.*",
    ":#?",
    ":0>99999999999999999999999",
];

/// Nesting at and past the parser's cap, chains far longer than any lesson writes, and huge
/// format specs.
fn deep_nesting(rng: &mut Rng) -> String {
    let depth = [1, 50, 63, 64, 127, 128, 129, 1_000, 5_000][rng.below(9)];
    let body = match rng.below(3) {
        0 => {
            let (open, close) = NESTING[rng.below(NESTING.len())];
            format!("{}x{}", open.repeat(depth), close.repeat(depth))
        }
        1 => format!("x{}", rng.pick(CHAIN_LINKS).repeat(depth)),
        _ => format!("format!(\"{{{}}}\", x)", rng.pick(FORMAT_SPECS)),
    };
    format!("fn main() {{\n    let x = {body};\n}}\n")
}

/// One generated input, cycling through the four generators.
fn input(rng: &mut Rng, i: u64) -> String {
    match i % 4 {
        0 => token_soup(rng),
        1 => truncation(rng),
        2 => byte_flips(rng),
        _ => deep_nesting(rng),
    }
}

/// Parses `count` generated inputs, checking every diagnostic is inside its source.
fn run_fuzz(count: u64) {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let started = std::time::Instant::now();
    for i in 0..count {
        let source = input(&mut rng, i);
        let (_, diagnostics) = parse(&source);
        let mut covered = 0;
        for (range, _) in highlight(&source) {
            assert_eq!(range.start, covered, "highlight gap in {source:?}");
            covered = range.end;
        }
        assert_eq!(covered, source.len(), "highlight must cover {source:?}");
        for d in diagnostics {
            assert!(
                d.span.start <= d.span.end && d.span.end <= source.len() + 1,
                "{d:?} in {source:?}"
            );
            assert!(d.line >= 1 && d.col >= 1, "{d:?} in {source:?}");
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "{count} inputs in {seconds:.2}s ({:.0} inputs/s)",
        count as f64 / seconds.max(1e-9)
    );
}

#[test]
fn generated_and_mutated_inputs_never_panic() {
    let count = std::env::var("SCRIPT_FUZZ_ITERATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3_000);
    run_fuzz(count);
}

#[test]
#[ignore = "long: a million generated inputs; run with --ignored in release"]
fn a_million_generated_inputs_never_panic() {
    run_fuzz(1_000_000);
}
