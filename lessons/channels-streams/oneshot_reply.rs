// A `oneshot` channel carries exactly one value: here the answer to a request. The asker awaits
// the receiver, which is Pending until the worker sends; a sender dropped without sending would
// make the receiver give `Err(Canceled)` instead.
use async_playground::prelude::{println, *};
use futures::channel::oneshot;

async fn worker(question: &'static str, reply: oneshot::Sender<usize>) {
    println!("worker: thinking about {question:?}");
    yield_now().await;
    let _ = reply.send(question.len());
    println!("worker: replied");
}

fn main() {
    block_on(async {
        let (reply, answer) = oneshot::channel();
        let _worker = spawn("worker", worker("how long is this?", reply));
        println!("asker: waiting for the answer");
        match answer.await {
            Ok(length) => println!("asker: the answer is {length}"),
            Err(canceled) => println!("asker: {canceled}"),
        }
    });
}
