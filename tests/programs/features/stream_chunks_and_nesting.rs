// `StreamExt` adapters that group items or flatten streams of streams, as futures runs them:
// `chunks` waits for full groups, `ready_chunks` takes what is ready, `inspect` sees each
// item as it passes, and `flatten_unordered`/`flat_map_unordered` poll the inner streams
// together, so items of streams that yield interleave; `try_poll_next_unpin` polls by hand.
use async_playground::prelude::{println, *};
use futures::channel::mpsc;
use futures::stream::{self, StreamExt, TryStreamExt};
use futures::task::{noop_waker, Context};

async fn counted(tag: &'static str, n: u32) -> Vec<String> {
    let mut out = Vec::new();
    for i in 0..n {
        yield_now().await;
        out.push(format!("{tag}{i}"));
    }
    out
}

fn main() {
    block_on(async {
        let groups: Vec<Vec<u32>> = stream::iter(1..=7).chunks(3).collect().await;
        println!("chunks: {groups:?}");

        let (tx, rx) = mpsc::unbounded::<u32>();
        for n in 1..=4 {
            tx.unbounded_send(n).unwrap();
        }
        let mut ready = rx.ready_chunks(3);
        println!("ready_chunks: {:?}", ready.next().await);
        println!("ready_chunks: {:?}", ready.next().await);
        drop(tx);
        println!("ready_chunks: {:?}", ready.next().await);

        let seen = stream::iter(vec!["a", "b"])
            .inspect(|item| println!("inspect sees {item}"))
            .map(|item| item.to_uppercase())
            .collect::<Vec<_>>()
            .await;
        println!("after inspect: {seen:?}");

        let nested = stream::iter(vec![
            stream::iter(counted("x", 2).await),
            stream::iter(counted("y", 3).await),
        ]);
        let flat: Vec<String> = nested.flatten_unordered(None).collect().await;
        println!("flatten_unordered: {flat:?}");

        let tags = stream::iter(vec![("p", 2u32), ("q", 2)])
            .flat_map_unordered(Some(2), |(tag, n)| {
                stream::unfold(0, move |i| async move {
                    yield_now().await;
                    (i < n).then(|| (format!("{tag}{i}"), i + 1))
                })
                .boxed()
            })
            .collect::<Vec<_>>()
            .await;
        println!("flat_map_unordered: {tags:?}");

        let mut results = stream::iter(vec![Ok::<u8, String>(1), Err("no".to_string())]);
        let waker = noop_waker();
        let mut cx = Context::from_waker(&waker);
        println!("try_poll_next_unpin: {:?}", results.try_poll_next_unpin(&mut cx));
        println!("try_poll_next_unpin: {:?}", results.try_poll_next_unpin(&mut cx));
        println!("try_poll_next_unpin: {:?}", results.try_poll_next_unpin(&mut cx));
    });
}
