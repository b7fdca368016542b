// The futures crate's collections of futures and streams driven by the playground's executor:
// `FuturesUnordered` (ready futures in completion order), `FuturesOrdered` (in push order),
// `buffered` and `buffer_unordered` with a limit, `for_each_concurrent`, `select_all`,
// `stream::select`'s round robin, and `join_all` of more futures than its small-join limit.
use async_playground::prelude::{println, *};
use futures::future::join_all;
use futures::stream::{self, FuturesOrdered, FuturesUnordered, StreamExt};

async fn nap(name: &'static str, ms: u64) -> &'static str {
    sleep(ms).await;
    name
}

async fn yields(n: u32) -> u32 {
    for _ in 0..n {
        yield_now().await;
    }
    n
}

fn main() {
    block_on(async {
        let mut unordered = FuturesUnordered::new();
        println!("empty at first: {} ({})", unordered.is_empty(), unordered.len());
        unordered.push(nap("slow", 30));
        unordered.push(nap("fast", 10));
        unordered.push(nap("middle", 20));
        println!("pushed: {}", unordered.len());
        while let Some(name) = unordered.next().await {
            println!("unordered finished: {name}");
        }

        let mut ordered = FuturesOrdered::new();
        ordered.push_back(nap("first", 30));
        ordered.push_back(nap("second", 10));
        let in_order: Vec<&str> = ordered.collect().await;
        println!("ordered: {in_order:?}");

        let collected: FuturesUnordered<_> = (1..=3).map(|n| yields(4 - n)).collect();
        let by_completion: Vec<u32> = collected.collect().await;
        println!("collected into FuturesUnordered: {by_completion:?}");

        let buffered: Vec<u32> = stream::iter(vec![3, 1, 2]).map(yields).buffered(2).collect().await;
        println!("buffered: {buffered:?}");
        let unordered_buffer: Vec<u32> =
            stream::iter(vec![3, 1, 2]).map(yields).buffer_unordered(2).collect().await;
        println!("buffer_unordered: {unordered_buffer:?}");

        stream::iter(vec![2, 0, 1])
            .for_each_concurrent(2, |n| async move {
                yields(n).await;
                println!("for_each_concurrent finished {n}");
            })
            .await;

        let merged = stream::select_all(vec![
            stream::iter(vec![1, 2, 3]).boxed(),
            stream::iter(vec![10, 20]).boxed(),
        ]);
        println!("select_all: {:?}", merged.collect::<Vec<i32>>().await);

        let alternating = stream::select(stream::repeat(0).take(3), stream::iter(7..9));
        println!("select: {:?}", alternating.collect::<Vec<i32>>().await);

        let many = join_all((0..40).map(yields)).await;
        println!("join_all of {}: total {}", many.len(), many.iter().sum::<u32>());
        let few = join_all((0..5).map(yields)).await;
        println!("join_all of {}: total {}", few.len(), few.iter().sum::<u32>());
    });
}
