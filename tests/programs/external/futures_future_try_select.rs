// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/try_select.rs:
// the documentation example of `future::try_select`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing).
fn main() {
    use futures::future::{self, Either, Future, FutureExt, TryFuture, TryFutureExt};

    // A poor-man's try_join implemented on top of select

    fn try_join<A, B, E>(a: A, b: B) -> impl TryFuture<Ok=(A::Ok, B::Ok), Error=E>
         where A: TryFuture<Error = E> + Unpin + 'static,
               B: TryFuture<Error = E> + Unpin + 'static,
               E: 'static,
    {
        future::try_select(a, b).then(|res| -> Box<dyn Future<Output = Result<_, _>> + Unpin> {
            match res {
                Ok(Either::Left((x, b))) => Box::new(b.map_ok(move |y| (x, y))),
                Ok(Either::Right((y, a))) => Box::new(a.map_ok(move |x| (x, y))),
                Err(Either::Left((e, _))) => Box::new(future::err(e)),
                Err(Either::Right((e, _))) => Box::new(future::err(e)),
            }
        })
    }
    println!("future::try_select: ran to its end");
}
