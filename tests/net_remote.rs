#![cfg(not(target_arch = "wasm32"))]
//! Whole-trace tests of remote connections through a scripted transport: the test plays the
//! server's part by queuing the events a browser WebSocket would report (opened, a message,
//! closed), exactly where the real transport queues them. They check that the same client code
//! as on the loopback parks its waker, is woken by the socket's events, and gets every failure as
//! a `NetError` value. They must never touch a real socket or sleep.

use std::cell::RefCell;
use std::rc::Rc;

use async_playground::executor::{Executor, JoinHandle, Progress};
use async_playground::net::{
    NetError, Network, OpenError, RemoteEnd, RemoteEvent, RemoteEvents, RemoteLink, TcpListener,
    TcpStream, Transport, MAX_MESSAGE_BYTES,
};
use expect_test::expect;

const URL: &str = "ws://127.0.0.1:9001";

/// What the scripted server has seen: the URLs dialled, the messages sent, and closes.
#[derive(Default)]
struct Wire {
    dialled: Vec<String>,
    sent: Vec<Vec<u8>>,
    closes: usize,
    /// The event queue of the last connection, where the test plays the server.
    events: Option<RemoteEvents>,
}

struct ScriptedTransport(Rc<RefCell<Wire>>);

struct ScriptedEnd(Rc<RefCell<Wire>>);

impl Transport for ScriptedTransport {
    fn open(&self, addr: &str) -> Result<RemoteLink, OpenError> {
        if addr.contains(' ') {
            return Err(OpenError {
                url: addr.to_owned(),
                reason: "a URL cannot contain a space".to_owned(),
            });
        }
        let events = RemoteEvents::default();
        let mut wire = self.0.borrow_mut();
        wire.dialled.push(addr.to_owned());
        wire.events = Some(Rc::clone(&events));
        Ok(RemoteLink {
            url: addr.to_owned(),
            end: Box::new(ScriptedEnd(Rc::clone(&self.0))),
            events,
        })
    }
}

impl RemoteEnd for ScriptedEnd {
    fn send(&self, message: &[u8]) -> Result<(), String> {
        self.0.borrow_mut().sent.push(message.to_vec());
        Ok(())
    }

    fn close(&self) {
        self.0.borrow_mut().closes += 1;
    }
}

/// An executor whose `ws://` connections go to the scripted server.
fn executor_with_wire() -> (Executor, Rc<RefCell<Wire>>) {
    let wire = Rc::new(RefCell::new(Wire::default()));
    let executor = Executor::new();
    executor
        .driver::<Network>()
        .set_transport(Rc::new(ScriptedTransport(Rc::clone(&wire))));
    (executor, wire)
}

/// Queues an event as the browser would, between ticks.
fn server_says(wire: &Rc<RefCell<Wire>>, event: RemoteEvent) {
    let events = wire.borrow().events.clone();
    events
        .expect("the program has dialled the server")
        .borrow_mut()
        .push_back(event);
}

/// Ticks until the executor waits for something outside itself or finishes.
fn settle(executor: &Executor) -> Progress {
    loop {
        match executor.tick(64) {
            Progress::Busy | Progress::WaitingOnTimers { .. } => {}
            end => return end,
        }
    }
}

/// The loopback lesson's client, unchanged: send, then read the reply.
async fn echo_client(message: &'static str) -> Result<String, NetError> {
    let stream = TcpStream::connect(URL)?;
    stream.async_send(message).await?;
    let reply = stream.async_read().await?;
    Ok(String::from_utf8_lossy(&reply).into_owned())
}

#[test]
fn the_loopback_client_talks_to_a_remote_server_woken_by_its_events() {
    let (executor, wire) = executor_with_wire();
    let client = executor.spawn("client", echo_client("hello, echo"));
    assert_eq!(settle(&executor), Progress::WaitingOnIo);
    assert!(
        wire.borrow().sent.is_empty(),
        "nothing is sent before the socket opens"
    );
    server_says(&wire, RemoteEvent::Opened);
    assert_eq!(settle(&executor), Progress::WaitingOnIo);
    assert_eq!(wire.borrow().sent, [b"hello, echo".to_vec()]);
    server_says(&wire, RemoteEvent::Message(b"hello, echo".to_vec()));
    assert_eq!(settle(&executor), Progress::Done);
    assert_eq!(client.take_output(), Some(Ok("hello, echo".to_owned())));
    assert_eq!(wire.borrow().dialled, [URL]);
    assert_eq!(
        wire.borrow().closes,
        1,
        "dropping the stream closes the connection"
    );
    expect![[r#"
        1: task `client` spawned
        2: task `client` connect: opened socket 0
        3: task `client` async_send on socket 0: Pending, waker parked
        4: task `client` polled: Pending
        5: socket 0 is connected to the server
        6: task `client` woken by socket 0
        7: task `client` async_send on socket 0: Ready, 11 bytes
        8: task `client` async_read on socket 0: Pending, waker parked
        9: task `client` polled: Pending
        10: socket 0 is readable: 11 bytes buffered
        11: task `client` woken by socket 0
        12: task `client` async_read on socket 0: Ready, 11 bytes
        13: task `client` polled: Ready
    "#]]
    .assert_eq(&executor.trace().render());
}

#[test]
fn a_connection_that_never_opens_is_refused_at_the_first_send() {
    let (executor, wire) = executor_with_wire();
    let client = executor.spawn("client", echo_client("hello"));
    settle(&executor);
    let lost = RemoteEvent::Closed {
        code: 1006,
        reason: String::new(),
    };
    server_says(&wire, lost);
    assert_eq!(settle(&executor), Progress::Done);
    let refused = NetError::ConnectionRefused {
        addr: URL.to_owned(),
    };
    assert_eq!(client.take_output(), Some(Err(refused.clone())));
    let failures: Vec<String> = executor
        .driver::<Network>()
        .failures()
        .iter()
        .map(|failure| {
            format!(
                "{}: {failure}",
                failure
                    .task
                    .as_ref()
                    .map_or("-".to_owned(), ToString::to_string)
            )
        })
        .collect();
    assert_eq!(
        failures,
        ["`client`: async_send failed: connection refused: nothing is listening on ws://127.0.0.1:9001"],
        "the failure is kept for the client's lane"
    );
    assert_eq!(
        refused.to_string(),
        "connection refused: nothing is listening on ws://127.0.0.1:9001"
    );
}

#[test]
fn a_server_that_answers_but_not_as_websocket_fails_the_handshake_not_refused() {
    let (executor, wire) = executor_with_wire();
    let client = executor.spawn("client", echo_client("hello"));
    settle(&executor);
    let reason = "a server there speaks TLS (HTTPS): use wss:// for it";
    let failed = RemoteEvent::Closed {
        code: 1006,
        reason: reason.to_owned(),
    };
    server_says(&wire, failed);
    assert_eq!(settle(&executor), Progress::Done);
    let error = client
        .take_output()
        .and_then(Result::err)
        .map(|error| error.to_string());
    assert_eq!(
        error.as_deref(),
        Some(
            "WebSocket handshake failed with ws://127.0.0.1:9001: \
             a server there speaks TLS (HTTPS): use wss:// for it"
        )
    );
}

#[test]
fn a_server_gone_mid_conversation_is_an_error_and_a_clean_close_is_end_of_file() {
    for (code, reason, expected) in [
        (1006, "", Err("connection closed: the server closed socket 0 with code 1006 (connection lost without a close frame)")),
        (1009, "message too big", Err("connection closed: the server closed socket 0 with code 1009 (message too big)")),
        (1000, "bye", Ok(String::new())),
    ] {
        let (executor, wire, client) = client_with_open_connection();
        server_says(
            &wire,
            RemoteEvent::Closed {
                code,
                reason: reason.to_owned(),
            },
        );
        assert_eq!(settle(&executor), Progress::Done);
        let output = client.take_output().expect("the client finished");
        assert_eq!(output.map_err(|error| error.to_string()), expected.map_err(str::to_owned));
        assert_eq!(wire.borrow().closes, 0, "the server closed it; nothing left to close");
    }
}

/// The echo client with its connection open, waiting for the echo of "hello".
fn client_with_open_connection() -> (
    Executor,
    Rc<RefCell<Wire>>,
    JoinHandle<Result<String, NetError>>,
) {
    let (executor, wire) = executor_with_wire();
    let client = executor.spawn("client", echo_client("hello"));
    server_says(&wire_after_dial(&executor, &wire), RemoteEvent::Opened);
    settle(&executor);
    (executor, wire, client)
}

/// Runs the program until it has dialled, and hands back the wire.
fn wire_after_dial(executor: &Executor, wire: &Rc<RefCell<Wire>>) -> Rc<RefCell<Wire>> {
    settle(executor);
    Rc::clone(wire)
}

#[test]
fn sends_too_large_or_after_close_fail_as_values() {
    let (executor, wire) = executor_with_wire();
    let client = executor.spawn("client", async {
        let stream = TcpStream::connect(URL)?;
        let too_large = stream.async_send(vec![b'x'; MAX_MESSAGE_BYTES + 1]).await;
        let closed = RemoteEvent::Closed {
            code: 1000,
            reason: String::new(),
        };
        Ok::<_, NetError>((too_large, stream, closed))
    });
    server_says(&wire_after_dial(&executor, &wire), RemoteEvent::Opened);
    settle(&executor);
    let (too_large, stream, closed) = client.take_output().expect("finished").expect("connected");
    assert_eq!(
        too_large.map_err(|error| error.to_string()),
        Err(format!(
            "message too large: {} bytes on socket 0, the limit is {MAX_MESSAGE_BYTES} bytes",
            MAX_MESSAGE_BYTES + 1
        ))
    );
    server_says(&wire, closed);
    let socket = stream.socket_id();
    let after_close = executor.spawn(
        "late sender",
        async move { stream.async_send("late").await },
    );
    settle(&executor);
    assert_eq!(
        after_close.take_output(),
        Some(Err(NetError::BrokenPipe { socket }))
    );
}

#[test]
fn an_invalid_url_is_an_error_at_connect() {
    let (executor, _wire) = executor_with_wire();
    let client = executor.spawn("client", async {
        TcpStream::connect("ws://bad host").map(drop)
    });
    settle(&executor);
    let error = client
        .take_output()
        .expect("finished")
        .expect_err("refused");
    assert_eq!(
        error.to_string(),
        "invalid URL \"ws://bad host\": a URL cannot contain a space"
    );
}

#[test]
fn a_remote_address_is_taken_by_the_real_server_but_free_on_the_loopback() {
    let (executor, _wire) = executor_with_wire();
    let bound = executor.spawn("main", async { TcpListener::bind(URL).map(drop) });
    settle(&executor);
    assert_eq!(
        bound.take_output(),
        Some(Err(NetError::AddrInUse {
            addr: URL.to_owned()
        }))
    );
    assert!(
        executor.driver::<Network>().failures().is_empty(),
        "an expected refusal is not a failure for the lane"
    );
    let loopback = Executor::new();
    let bound = loopback.spawn("main", async { TcpListener::bind(URL).map(drop) });
    settle(&loopback);
    assert_eq!(bound.take_output(), Some(Ok(())));
}

#[test]
fn a_task_waiting_on_a_silent_server_is_waiting_not_deadlocked() {
    let (executor, wire) = executor_with_wire();
    executor.spawn("client", echo_client("hello"));
    for _ in 0..3 {
        assert_eq!(settle(&executor), Progress::WaitingOnIo);
    }
    assert!(executor.diagnoses().is_empty());
    server_says(&wire, RemoteEvent::Opened);
    assert_eq!(settle(&executor), Progress::WaitingOnIo);
}

#[test]
fn a_message_over_the_limit_closes_the_connection_and_fails_the_read() {
    let (executor, wire, client) = client_with_open_connection();
    server_says(
        &wire,
        RemoteEvent::Message(vec![b'x'; MAX_MESSAGE_BYTES + 1]),
    );
    assert_eq!(settle(&executor), Progress::Done);
    assert_eq!(
        client
            .take_output()
            .map(|output| output.map_err(|error| error.to_string())),
        Some(Err(format!(
            "message too large: {} bytes on socket 0, the limit is {MAX_MESSAGE_BYTES} bytes",
            MAX_MESSAGE_BYTES + 1
        )))
    );
    assert_eq!(
        wire.borrow().closes,
        1,
        "the playground closed the connection itself"
    );
}
