// Source: rust-lang/async-book, examples/06_02_join/src/lib.rs (chapter 6.2, "join!"): the
// naiive, other_langs, join, try_join and try_join_map_err modules.
// Adapted: `get_book` and `get_music` print when they run, the failing variants return an
// `Err` so `try_join!` shows its early exit, and a `main` (the chapter has none) runs each
// module's `get_book_and_music`.
#[derive(Debug)]
struct Book;
#[derive(Debug)]
struct Music;
async fn get_book() -> Book {
    println!("getting the book");
    Book
}
async fn get_music() -> Music {
    println!("getting the music");
    Music
}

mod naiive {
    use super::*;
    pub async fn get_book_and_music() -> (Book, Music) {
        let book = get_book().await;
        let music = get_music().await;
        (book, music)
    }
}

mod other_langs {
    use super::*;
    // WRONG -- don't do this
    pub async fn get_book_and_music() -> (Book, Music) {
        let book_future = get_book();
        let music_future = get_music();
        (book_future.await, music_future.await)
    }
}

mod join {
    use super::*;
    use futures::join;

    pub async fn get_book_and_music() -> (Book, Music) {
        let book_fut = get_book();
        let music_fut = get_music();
        join!(book_fut, music_fut)
    }
}

mod try_join {
    use super::{Book, Music};
    use futures::try_join;

    async fn get_book() -> Result<Book, String> {
        println!("trying to get the book");
        Ok(Book)
    }
    async fn get_music() -> Result<Music, String> {
        println!("trying to get the music");
        Err("the music is sold out".to_string())
    }

    pub async fn get_book_and_music() -> Result<(Book, Music), String> {
        let book_fut = get_book();
        let music_fut = get_music();
        try_join!(book_fut, music_fut)
    }
}

mod mismatched_err {
    use super::{Book, Music};
    use futures::{future::TryFutureExt, try_join};

    async fn get_book() -> Result<Book, ()> {
        Err(())
    }
    async fn get_music() -> Result<Music, String> {
        Ok(Music)
    }

    pub async fn get_book_and_music() -> Result<(Book, Music), String> {
        let book_fut = get_book().map_err(|()| "Unable to get book".to_string());
        let music_fut = get_music();
        try_join!(book_fut, music_fut)
    }
}

fn main() {
    futures::executor::block_on(async {
        println!("naiive: {:?}", naiive::get_book_and_music().await);
        println!("other_langs: {:?}", other_langs::get_book_and_music().await);
        println!("join: {:?}", join::get_book_and_music().await);
        println!("try_join: {:?}", try_join::get_book_and_music().await);
        println!(
            "mismatched_err: {:?}",
            mismatched_err::get_book_and_music().await
        );
    });
}
