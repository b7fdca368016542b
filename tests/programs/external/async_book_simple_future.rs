// Source: rust-lang/async-book, examples/02_02_future_trait/src/lib.rs (chapter 2.2, "The
// Future Trait": simple_future, socket_read, join, and_then).
// Adapted: the socket's stubs print what they do, and a `main` (the chapter has none) drives
// `SocketRead`, `Join` and `AndThenFut` with a `wake` that does nothing, as the chapter's
// executor would call `poll` again.
trait SimpleFuture {
    type Output;
    fn poll(&mut self, wake: fn()) -> Poll<Self::Output>;
}

enum Poll<T> {
    Ready(T),
    Pending,
}

struct Socket;
impl Socket {
    fn has_data_to_read(&self) -> bool {
        // check if the socket is currently readable
        true
    }
    fn read_buf(&self) -> Vec<u8> {
        // Read data in from the socket
        vec![1, 2, 3]
    }
    fn set_readable_callback(&self, _wake: fn()) {
        // register `_wake` with something that will call it
        // once the socket becomes readable, such as an
        // `epoll`-based event loop.
    }
}

pub struct SocketRead<'a> {
    socket: &'a Socket,
}

impl SimpleFuture for SocketRead<'_> {
    type Output = Vec<u8>;

    fn poll(&mut self, wake: fn()) -> Poll<Self::Output> {
        if self.socket.has_data_to_read() {
            // The socket has data -- read it into a buffer and return it.
            Poll::Ready(self.socket.read_buf())
        } else {
            // The socket does not yet have data.
            //
            // Arrange for `wake` to be called once data is available.
            self.socket.set_readable_callback(wake);
            Poll::Pending
        }
    }
}

/// A SimpleFuture that runs two other futures to completion concurrently.
pub struct Join<FutureA, FutureB> {
    // Each field may contain a future that should be run to completion.
    // If the future has already completed, the field is set to `None`.
    a: Option<FutureA>,
    b: Option<FutureB>,
}

impl<FutureA, FutureB> SimpleFuture for Join<FutureA, FutureB>
where
    FutureA: SimpleFuture<Output = ()>,
    FutureB: SimpleFuture<Output = ()>,
{
    type Output = ();
    fn poll(&mut self, wake: fn()) -> Poll<Self::Output> {
        // Attempt to complete future `a`.
        if let Some(a) = &mut self.a {
            if let Poll::Ready(()) = a.poll(wake) {
                self.a.take();
            }
        }

        // Attempt to complete future `b`.
        if let Some(b) = &mut self.b {
            if let Poll::Ready(()) = b.poll(wake) {
                self.b.take();
            }
        }

        if self.a.is_none() && self.b.is_none() {
            // Both futures have completed -- we can return successfully
            Poll::Ready(())
        } else {
            // One or both futures returned `Poll::Pending` and still have
            // work to do. They will call `wake()` when progress can be made.
            Poll::Pending
        }
    }
}

/// A SimpleFuture that runs two futures to completion, one after another.
pub struct AndThenFut<FutureA, FutureB> {
    first: Option<FutureA>,
    second: FutureB,
}

impl<FutureA, FutureB> SimpleFuture for AndThenFut<FutureA, FutureB>
where
    FutureA: SimpleFuture<Output = ()>,
    FutureB: SimpleFuture<Output = ()>,
{
    type Output = ();
    fn poll(&mut self, wake: fn()) -> Poll<Self::Output> {
        if let Some(first) = &mut self.first {
            match first.poll(wake) {
                // We've completed the first future -- remove it and start on
                // the second!
                Poll::Ready(()) => self.first.take(),
                // We couldn't yet complete the first future.
                Poll::Pending => return Poll::Pending,
            };
        }
        // Now that the first future is done, attempt to complete the second.
        self.second.poll(wake)
    }
}

/// Pending a given number of times, then ready: the chapter's futures that wait on a socket.
struct Countdown {
    name: &'static str,
    left: u32,
}

impl SimpleFuture for Countdown {
    type Output = ();
    fn poll(&mut self, wake: fn()) -> Poll<()> {
        println!("polling {} ({} left)", self.name, self.left);
        if self.left == 0 {
            Poll::Ready(())
        } else {
            self.left -= 1;
            wake();
            Poll::Pending
        }
    }
}

fn nothing_to_wake() {}

fn run_to_completion<F: SimpleFuture<Output = ()>>(mut future: F) {
    let mut polls = 0;
    while let Poll::Pending = future.poll(nothing_to_wake) {
        polls += 1;
    }
    println!("ready after {} pending polls", polls);
}

fn main() {
    let socket = Socket;
    let mut read = SocketRead { socket: &socket };
    if let Poll::Ready(data) = read.poll(nothing_to_wake) {
        println!("read {:?}", data);
    }
    run_to_completion(Join {
        a: Some(Countdown { name: "a", left: 1 }),
        b: Some(Countdown { name: "b", left: 2 }),
    });
    run_to_completion(AndThenFut {
        first: Some(Countdown { name: "first", left: 1 }),
        second: Countdown { name: "second", left: 1 },
    });
}
