// Source: rust-lang/async-book, examples/01_02_why_async/src/lib.rs (chapter 1.2, "Why
// Async?"): get_two_sites_async and its test.
// Adapted: no network here: `download_async` prints the URL it would download (the book's
// does nothing, "// ..."); the test function is `main`.
use futures::{executor::block_on, join};

async fn download_async(url: &str) {
    println!("downloading {url}");
}

async fn get_two_sites_async() {
    // Create two different "futures" which, when run to completion,
    // will asynchronously download the webpages.
    let future_one = download_async("https://www.foo.com");
    let future_two = download_async("https://www.bar.com");

    // Run both futures to completion at the same time.
    join!(future_one, future_two);
}

fn main() {
    block_on(get_two_sites_async());
}
