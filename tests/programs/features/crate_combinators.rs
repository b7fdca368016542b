// The futures crate's combinators that run the crate's own code beneath the playground:
// `shared` (every clone sees the one output; the future runs once), `abortable` (an abort from
// another task ends the future at its next poll), `select_all` (the winner is swap-removed from
// the rest), `select_ok` (errors are skipped until an `Ok`) and `try_select` (the first to
// finish wins, `Ok` or `Err`, and the other is given back).
use async_playground::prelude::{println, *};
use futures::future::{self, AbortHandle, Abortable, Aborted, Either, FutureExt};

async fn work(name: &'static str, rounds: u32) -> u32 {
    for round in 0..rounds {
        println!("{name}: round {round}");
        yield_now().await;
    }
    println!("{name}: finished");
    rounds * 10
}

async fn attempt(name: &'static str, rounds: u32, ok: bool) -> Result<&'static str, String> {
    work(name, rounds).await;
    if ok {
        Ok(name)
    } else {
        Err(format!("{name} failed"))
    }
}

async fn shared() {
    let once = work("shared", 2).shared();
    let first = spawn("first", once.clone().map(|x| println!("first got {x}")));
    let second = spawn("second", once.clone().map(|x| println!("second got {x}")));
    first.await;
    second.await;
    println!("main got {}", once.await);
}

async fn abort() {
    let (handle, registration) = AbortHandle::new_pair();
    let long = Abortable::new(work("long", 10), registration);
    let aborter = spawn("aborter", async move {
        yield_now().await;
        println!("aborting");
        handle.abort();
        println!("aborted: {}", handle.is_aborted());
    });
    let result: Result<u32, Aborted> = long.await;
    println!("long gave {result:?}");
    aborter.await;
    let (quick, handle) = future::abortable(work("quick", 1));
    println!("quick gave {:?}", quick.await);
    handle.abort();
    let (never_polled, handle) = future::abortable(future::ready(1));
    handle.abort();
    println!("aborted before its poll: {:?}", never_polled.await);
    println!("Aborted says: {}", Aborted);
}

async fn select_all() {
    let racers = vec![work("a", 3).boxed_local(), work("b", 1).boxed_local(), work("c", 2).boxed_local()];
    let (winner, index, rest) = future::select_all(racers).await;
    println!("select_all: {winner} from {index}, {} left", rest.len());
    let (winner, index, rest) = future::select_all(rest).await;
    println!("select_all: {winner} from {index}, {} left", rest.len());
}

async fn select_ok() {
    let tries = vec![
        attempt("x", 2, false).boxed_local(),
        attempt("y", 1, false).boxed_local(),
        attempt("z", 3, true).boxed_local(),
    ];
    match future::select_ok(tries).await {
        Ok((name, rest)) => println!("select_ok: {name}, {} left", rest.len()),
        Err(error) => println!("select_ok: {error}"),
    }
    let failing = vec![attempt("p", 1, false).boxed_local(), attempt("q", 0, false).boxed_local()];
    match future::select_ok(failing).await {
        Ok((name, _)) => println!("select_ok: {name}"),
        Err(error) => println!("select_ok: last error {error}"),
    }
}

async fn try_select() {
    let quick_err = Box::pin(attempt("fails", 1, false));
    let slow_ok = Box::pin(attempt("succeeds", 3, true));
    match future::try_select(quick_err, slow_ok).await {
        Ok(Either::Left((name, _))) | Ok(Either::Right((name, _))) => println!("try_select: {name}"),
        Err(Either::Left((error, other))) => {
            println!("try_select: left failed: {error}");
            println!("the other then gave {:?}", other.await);
        }
        Err(Either::Right((error, _))) => println!("try_select: right failed: {error}"),
    }
}

fn main() {
    block_on(async {
        shared().await;
        abort().await;
        select_all().await;
        select_ok().await;
        try_select().await;
    });
}
