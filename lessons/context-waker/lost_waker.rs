// The same flag, but the future forgets to store its waker before returning Pending. The setter
// finds nobody to wake, so `main` is never polled again: a lost waker. A real program would hang
// here; the playground stops and names the stuck task.
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

struct ForgetfulWait(Rc<RefCell<Slot>>);

impl Future for ForgetfulWait {
    type Output = ();
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        if self.0.borrow().set {
            return Poll::Ready(());
        }
        // Bug: the waker is neither stored nor woken.
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
        ForgetfulWait(slot).await;
        println!("main: the flag is set");
        setter.await;
    });
}
