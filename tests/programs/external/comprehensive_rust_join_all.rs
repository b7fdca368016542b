// Source: google/comprehensive-rust, src/concurrency/async-control-flow/join.md ("Join").
// Adapted: no network here: `size_of_page` pretends to fetch (a page's size is its URL's
// length, and "BAD_URL" fails) with `String` errors instead of `anyhow`; `#[tokio::main]` is
// `futures::executor::block_on`; and since a `HashMap`'s order differs from run to run, the
// map is printed sorted by URL.
use futures::future;
use std::collections::HashMap;

type Result<T> = std::result::Result<T, String>;

async fn size_of_page(url: &str) -> Result<usize> {
    if !url.starts_with("https://") {
        return Err(format!("builder error for url ({url})"));
    }
    Ok(url.len() * 100)
}

fn main() {
    futures::executor::block_on(async {
        let urls: [&str; 4] = [
            "https://google.com",
            "https://httpbin.org/ip",
            "https://play.rust-lang.org/",
            "BAD_URL",
        ];
        let futures_iter = urls.into_iter().map(size_of_page);
        let results = future::join_all(futures_iter).await;
        let page_sizes_dict: HashMap<&str, Result<usize>> =
            urls.into_iter().zip(results.into_iter()).collect();
        let mut entries: Vec<_> = page_sizes_dict.iter().collect();
        entries.sort();
        println!("{entries:?}");
    });
}
