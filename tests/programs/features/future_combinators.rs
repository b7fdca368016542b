// futures' `FutureExt` and `TryFutureExt` combinators and the small `future::*` constructors:
// when each calls its function, that a second future is made and polled in the same poll, and
// how a combinator's awaits interleave with another task's.
use async_playground::prelude::{println, *};
use futures::future::{self, Either, FutureExt, OptionFuture, TryFutureExt};
use std::pin::pin;

async fn step(name: &str, value: u32) -> u32 {
    println!("{name}: start");
    yield_now().await;
    println!("{name}: done");
    value
}

async fn fallible(name: &str, value: Result<u32, String>) -> Result<u32, String> {
    println!("{name}: start");
    yield_now().await;
    value
}

async fn ticker() {
    for i in 0..4 {
        println!("tick {i}");
        yield_now().await;
    }
}

async fn chains() {
    let doubled = step("map", 4).map(|x| x * 2).await;
    println!("map gave {doubled}");
    let chained = step("then", 1)
        .then(|x| async move {
            println!("second future made from {x}");
            step("then second", x + 1).await
        })
        .await;
    println!("then gave {chained}");
    let seen = step("inspect", 7)
        .inspect(|x| println!("inspecting {x}"))
        .await;
    println!("inspect gave {seen}");
    let flat = future::ready(step("flatten inner", 3)).flatten().await;
    println!("flatten gave {flat}");
}

async fn results() {
    let ok = fallible("map_ok", Ok(2)).map_ok(|x| x + 1).await;
    println!("map_ok gave {ok:?}");
    let err = fallible("map_err", Err("bad".to_string()))
        .map_err(|e| format!("{e}!"))
        .await;
    println!("map_err gave {err:?}");
    let and_then = fallible("and_then", Ok(5))
        .and_then(|x| fallible("and_then second", Ok(x * 10)))
        .await;
    println!("and_then gave {and_then:?}");
    let skipped = fallible("and_then on Err", Err("no".to_string()))
        .and_then(|x| async move {
            println!("never made");
            Ok::<u32, String>(x)
        })
        .await;
    println!("and_then on Err gave {skipped:?}");
    let recovered = fallible("or_else", Err("lost".to_string()))
        .or_else(|e| fallible("or_else second", Ok(e.len() as u32)))
        .await;
    println!("or_else gave {recovered:?}");
    let looked = fallible("inspect_ok", Ok(9))
        .inspect_ok(|x| println!("ok is {x}"))
        .inspect_err(|e| println!("err is {e}"))
        .await;
    println!("inspect_ok gave {looked:?}");
    let fallback = fallible("unwrap_or_else", Err("gone".to_string()))
        .unwrap_or_else(|e| e.len() as u32)
        .await;
    println!("unwrap_or_else gave {fallback}");
    let into = fallible("err_into", Err("same".to_string()))
        .err_into::<String>()
        .await;
    println!("err_into gave {into:?}");
    let nested = async { Ok::<_, String>(fallible("try_flatten inner", Ok(4))) }
        .try_flatten()
        .await;
    println!("try_flatten gave {nested:?}");
}

async fn constructors() {
    let lazy = future::lazy(|_| {
        println!("lazy ran");
        6
    });
    println!("lazy made");
    println!("lazy gave {}", lazy.await);
    let ok: Result<u32, String> = future::ok(1).await;
    let err: Result<u32, String> = future::err("e".to_string()).await;
    println!("ok and err gave {ok:?} {err:?}");
    let pick = |left: bool| {
        if left {
            step("left", 1).left_future()
        } else {
            future::ready(2).right_future()
        }
    };
    println!("either gave {} {}", pick(true).await, pick(false).await);
    match future::select(pin!(step("select a", 1)), pin!(future::pending::<u32>())).await {
        Either::Left((value, _)) => println!("select: left {value}"),
        Either::Right(_) => println!("select: right"),
    }
    println!("now_or_never: {:?}", future::ready(3).now_or_never());
    println!("now_or_never: {:?}", step("never now", 3).now_or_never());
    let some: OptionFuture<_> = Some(step("option", 8)).into();
    println!("OptionFuture gave {:?}", some.await);
    let none: OptionFuture<future::Ready<u32>> = None.into();
    println!("OptionFuture gave {:?}", none.await);
    let mut maybe = pin!(future::maybe_done(step("maybe_done", 5)));
    println!("take_output before: {:?}", maybe.as_mut().take_output());
    maybe.as_mut().await;
    println!("take_output after: {:?}", maybe.as_mut().take_output());
    println!("take_output again: {:?}", maybe.as_mut().take_output());
    let all = vec![step("all a", 1), step("all b", 2)]
        .into_iter()
        .collect::<future::JoinAll<_>>()
        .await;
    println!("JoinAll gave {all:?}");
}

fn main() {
    block_on(async {
        let ticks = spawn("ticker", ticker());
        chains().await;
        ticks.await;
        let ticks = spawn("ticker", ticker());
        results().await;
        ticks.await;
        constructors().await;
    });
}
