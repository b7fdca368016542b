// Source: rust-lang/futures-rs, branch 0.3, futures/tests/stream_peekable.rs (the futures
// crate's own tests): peekable, peekable_mut and peekable_next_if_eq.
// Adapted: the `#[test]` functions are called in turn by `main`, which prints each one's name
// once it passed.
use futures::executor::block_on;
use futures::stream::{self, Peekable, StreamExt};
use std::pin::pin;

fn peekable() {
    block_on(async {
        let peekable: Peekable<_> = stream::iter(vec![1u8, 2, 3]).peekable();
        let mut peekable = pin!(peekable);
        assert_eq!(peekable.as_mut().peek().await, Some(&1u8));
        assert_eq!(peekable.collect::<Vec<u8>>().await, vec![1, 2, 3]);

        let s = stream::once(async { 1 }).peekable();
        let mut s = pin!(s);
        assert_eq!(s.as_mut().peek().await, Some(&1u8));
        assert_eq!(s.collect::<Vec<u8>>().await, vec![1]);
    });
}

fn peekable_mut() {
    block_on(async {
        let s = stream::iter(vec![1u8, 2, 3]).peekable();
        let mut s = pin!(s);
        if let Some(p) = s.as_mut().peek_mut().await {
            if *p == 1 {
                *p = 5;
            }
        }
        assert_eq!(s.collect::<Vec<_>>().await, vec![5, 2, 3]);
    });
}

fn peekable_next_if_eq() {
    block_on(async {
        // first, try on references
        let s = stream::iter(vec!["Heart", "of", "Gold"]).peekable();
        let mut s = pin!(s);
        // try before `peek()`
        assert_eq!(s.as_mut().next_if_eq(&"trillian").await, None);
        assert_eq!(s.as_mut().next_if_eq(&"Heart").await, Some("Heart"));
        // try after peek()
        assert_eq!(s.as_mut().peek().await, Some(&"of"));
        assert_eq!(s.as_mut().next_if_eq(&"of").await, Some("of"));
        assert_eq!(s.as_mut().next_if_eq(&"zaphod").await, None);
        // make sure `next()` still behaves
        assert_eq!(s.next().await, Some("Gold"));

        // make sure comparison works for owned values
        let s = stream::iter(vec![String::from("Ludicrous"), "speed".into()]).peekable();
        let mut s = pin!(s);
        // make sure basic functionality works
        assert_eq!(s.as_mut().next_if_eq("Ludicrous").await, Some("Ludicrous".into()));
        assert_eq!(s.as_mut().next_if_eq("speed").await, Some("speed".into()));
        assert_eq!(s.as_mut().next_if_eq("").await, None);
    });
}

fn main() {
    peekable();
    println!("peekable: ok");
    peekable_mut();
    println!("peekable_mut: ok");
    peekable_next_if_eq();
    println!("peekable_next_if_eq: ok");
}
