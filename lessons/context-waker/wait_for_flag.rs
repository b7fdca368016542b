// A future that waits for a flag set by another task. It stores a clone of its waker in the
// shared slot on every Pending poll, and the setter wakes it, so `main` is polled only twice.
use async_playground::prelude::{println, *};
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

struct Slot {
    set: bool,
    waker: Option<Waker>,
}

struct WaitForFlag(Rc<RefCell<Slot>>);

impl Future for WaitForFlag {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let mut slot = self.0.borrow_mut();
        if slot.set {
            return Poll::Ready(());
        }
        slot.waker = Some(cx.waker().clone());
        Poll::Pending
    }
}

async fn set_flag(slot: Rc<RefCell<Slot>>) {
    yield_now().await;
    println!("setter: setting the flag");
    slot.borrow_mut().set = true;
    let waker = slot.borrow_mut().waker.take();
    if let Some(waker) = waker {
        println!("setter: waking the waiting task");
        waker.wake();
    } else {
        println!("setter: nobody to wake");
    }
}

fn main() {
    block_on(async {
        let slot = Rc::new(RefCell::new(Slot { set: false, waker: None }));
        let setter = spawn("setter", set_flag(slot.clone()));
        println!("main: waiting for the flag");
        WaitForFlag(slot).await;
        println!("main: the flag is set");
        setter.await;
    });
}
