// A waker stored by one task and used later by another: the waiting task is polled only when
// woken, once per value the producer delivers, and never in between.
use async_playground::prelude::{println, *};
use std::cell::RefCell;
use futures::future::poll_fn;
use std::rc::Rc;
use std::task::{Poll, Waker};

struct Mailbox {
    letters: Vec<String>,
    waiter: Option<Waker>,
}

async fn producer(mailbox: Rc<RefCell<Mailbox>>) {
    for number in 1..=3 {
        yield_now().await;
        yield_now().await;
        println!("producer: posting letter {number}");
        mailbox.borrow_mut().letters.push(format!("letter {number}"));
        let waiter = mailbox.borrow_mut().waiter.take();
        if let Some(waiter) = waiter {
            waiter.wake();
        }
    }
}

fn main() {
    block_on(async {
        let mailbox = Rc::new(RefCell::new(Mailbox { letters: Vec::new(), waiter: None }));
        let producer = spawn("producer", producer(mailbox.clone()));
        let mut received = 0;
        while received < 3 {
            let letter = poll_fn(|cx| {
                let mut mailbox = mailbox.borrow_mut();
                if mailbox.letters.is_empty() {
                    mailbox.waiter = Some(cx.waker().clone());
                    Poll::Pending
                } else {
                    Poll::Ready(mailbox.letters.remove(0))
                }
            })
            .await;
            received += 1;
            println!("main: received {letter}");
        }
        producer.await;
    });
}
