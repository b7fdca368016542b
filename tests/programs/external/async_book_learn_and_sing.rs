// Source: rust-lang/async-book, examples/01_04_async_await_primer/src/lib.rs, `mod second` and
// `mod third` (chapter 1.4, "async/.await Primer": block_on_each and block_on_main).
// Adapted: the song's functions print what they do, so that the order of the two programs'
// steps shows; both `main`s run in turn, as the modules they were written in.
use futures::executor::block_on;

struct Song;
async fn learn_song() -> Song {
    println!("learning the song");
    Song
}
async fn sing_song(_: Song) {
    println!("singing the song");
}
async fn dance() {
    println!("dancing");
}

mod second {
    use super::*;
    pub fn main() {
        let song = block_on(learn_song());
        block_on(sing_song(song));
        block_on(dance());
    }
}

mod third {
    use super::*;
    async fn learn_and_sing() {
        // Wait until the song has been learned before singing it.
        // We use `.await` here rather than `block_on` to prevent blocking the
        // thread, which makes it possible to `dance` at the same time.
        let song = learn_song().await;
        sing_song(song).await;
    }

    async fn async_main() {
        let f1 = learn_and_sing();
        let f2 = dance();

        // `join!` is like `.await` but can wait for multiple futures concurrently.
        futures::join!(f1, f2);
    }

    pub fn main() {
        block_on(async_main());
    }
}

fn main() {
    second::main();
    third::main();
}
