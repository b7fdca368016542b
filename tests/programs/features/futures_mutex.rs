// futures' `Mutex`: `lock().await` waits while another task holds the guard, the waiters get
// the lock one at a time in the order futures wakes them, and the holder's `.await`s keep the
// others waiting; `try_lock` fails while it is held; `get_mut` and `into_inner` need no lock.
use async_playground::prelude::{println, *};
use futures::lock::Mutex;
use std::rc::Rc;

async fn worker(name: &'static str, log: Rc<Mutex<Vec<String>>>) {
    println!("{name}: waiting for the lock");
    let mut entries = log.lock().await;
    println!("{name}: holds the lock");
    entries.push(format!("{name} was here"));
    yield_now().await;
    entries.push(format!("{name} left"));
    println!("{name}: releases the lock");
}

fn main() {
    block_on(async {
        let log = Rc::new(Mutex::new(Vec::new()));
        let held = log.lock().await;
        let first = spawn("first", worker("first", Rc::clone(&log)));
        let second = spawn("second", worker("second", Rc::clone(&log)));
        let third = spawn("third", worker("third", Rc::clone(&log)));
        yield_now().await;
        println!("main: try_lock while held: {}", log.try_lock().is_some());
        drop(held);
        println!("main: released the lock");
        first.await;
        second.await;
        third.await;
        println!("main: {:?}", *log.lock().await);

        let mut counter = Mutex::new(1);
        *counter.get_mut() += 10;
        {
            let mut guard = counter.lock().await;
            *guard *= 2;
            println!("main: try_lock while guarded: {}", counter.try_lock().is_some());
        }
        println!("main: try_lock once free: {}", counter.try_lock().is_some());
        println!("main: into_inner gives {}", counter.into_inner());
    });
}
