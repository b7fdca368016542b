// Source: rust-lang/book, listings/ch17-async-await/listing-17-22/src/main.rs (chapter 17.4,
// "Streams: Futures in Sequence").
// Adapted: no `trpl` crate here: `trpl::stream_from_iter` is `futures::stream::iter`,
// `trpl::StreamExt` is `futures::StreamExt`, and `trpl::block_on` is futures'.
use futures::StreamExt;

fn main() {
    futures::executor::block_on(async {
        let values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        let iter = values.iter().map(|n| n * 2);
        let mut stream = futures::stream::iter(iter);

        while let Some(value) = stream.next().await {
            println!("The value was: {value}");
        }
    });
}
