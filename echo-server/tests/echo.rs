//! The echo server over real TCP on 127.0.0.1, driven by tungstenite's client: echo in kind, many
//! clients at once, the 1 MiB limit (close code 1009), the close handshake, ping/pong, and broken
//! peers that must not stop the server. Every socket has read and write timeouts, so a test that
//! goes wrong fails instead of hanging; these tests must never reach outside 127.0.0.1.

use std::io::Write;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::Duration;

use echo_server::{handle, serve_with, Ending, MAX_MESSAGE_SIZE};
use tungstenite::error::Error;
use tungstenite::protocol::frame::coding::{CloseCode, Data, OpCode};
use tungstenite::protocol::frame::Frame;
use tungstenite::{Message, WebSocket};

const TIMEOUT: Duration = Duration::from_secs(10);

type Client = WebSocket<TcpStream>;

/// Starts the whole server (accept loop) on a free port, quiet, and returns its address. (The
/// report lines of `serve` are checked through the command in `tests/command.rs`.)
fn start_server() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    let addr = listener.local_addr().unwrap();
    thread::spawn(move || serve_with(listener, |_| {}));
    addr
}

/// Serves exactly one connection with `handle` and reports how it ended.
fn serve_one() -> (SocketAddr, Receiver<Ending>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    let addr = listener.local_addr().unwrap();
    let (sender, receiver) = mpsc::channel();
    thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let _ = sender.send(handle(stream));
    });
    (addr, receiver)
}

fn tcp(addr: SocketAddr) -> TcpStream {
    let stream = TcpStream::connect(addr).expect("connect");
    stream.set_read_timeout(Some(TIMEOUT)).unwrap();
    stream.set_write_timeout(Some(TIMEOUT)).unwrap();
    stream
}

fn connect(addr: SocketAddr) -> Client {
    let (client, _response) =
        tungstenite::client(format!("ws://{addr}/"), tcp(addr)).expect("WebSocket handshake");
    client
}

/// Sends `message` and returns the next message that is not a pong.
fn round_trip(client: &mut Client, message: Message) -> Message {
    client.send(message).expect("send");
    read(client)
}

/// Sends `message` and asserts that the same message, of the same kind, comes back.
fn assert_echoed(client: &mut Client, message: Message) {
    assert_eq!(round_trip(client, message.clone()), message);
}

/// How the connection served by `serve_one` ended; fails if its thread has not ended in time.
fn ending_of(receiver: &Receiver<Ending>) -> Ending {
    receiver
        .recv_timeout(TIMEOUT)
        .expect("the connection thread ends")
}

fn read(client: &mut Client) -> Message {
    loop {
        match client.read().expect("read") {
            Message::Pong(_) => continue,
            message => return message,
        }
    }
}

/// Expects the server's close frame with code 1009, then a clean end of the connection.
fn expect_close_1009(client: &mut Client) {
    match read(client) {
        Message::Close(Some(frame)) => {
            assert_eq!(frame.code, CloseCode::Size, "close code: {frame:?}");
            assert_eq!(u16::from(frame.code), 1009);
            assert!(
                frame.reason.contains("too big"),
                "reason: {:?}",
                frame.reason
            );
        }
        other => panic!("expected a close frame with code 1009, got {other:?}"),
    }
    expect_clean_end(client);
}

/// After the close frames: our reply goes out, then the server ends the TCP connection (no reset).
fn expect_clean_end(client: &mut Client) {
    match client.read() {
        Err(Error::ConnectionClosed) => {}
        other => panic!("expected a clean end after the close handshake, got {other:?}"),
    }
}

fn pattern(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 31 % 251) as u8).collect()
}

#[test]
fn text_is_echoed_as_text_and_binary_as_binary() {
    let mut client = connect(start_server());
    assert_echoed(&mut client, Message::text("hello, échø"));
    let bytes = vec![0, 1, 2, 254, 255];
    assert_echoed(&mut client, Message::binary(bytes));
    assert_echoed(&mut client, Message::text(""));
    assert_echoed(&mut client, Message::binary(Vec::new()));
}

#[test]
fn fifty_concurrent_clients_each_get_their_own_messages_in_order() {
    const CLIENTS: usize = 50;
    const MESSAGES: usize = 20;
    let addr = start_server();
    let all_connected = Arc::new(Barrier::new(CLIENTS));
    let threads: Vec<_> = (0..CLIENTS)
        .map(|id| {
            let all_connected = Arc::clone(&all_connected);
            thread::spawn(move || {
                let mut client = connect(addr);
                all_connected.wait();
                let sent: Vec<Message> = (0..MESSAGES)
                    .map(|n| match n % 2 {
                        0 => Message::text(format!("client {id} message {n}")),
                        _ => Message::binary(format!("client {id} bytes {n}").into_bytes()),
                    })
                    .collect();
                // Everything first, then read: the server must keep each client's order.
                for message in &sent {
                    client.send(message.clone()).expect("send");
                }
                let received: Vec<Message> = (0..MESSAGES).map(|_| read(&mut client)).collect();
                assert_eq!(received, sent, "client {id}");
                client.close(None).expect("close");
                assert!(matches!(read(&mut client), Message::Close(_)));
            })
        })
        .collect();
    for thread in threads {
        thread.join().expect("a client thread failed");
    }
}

#[test]
fn messages_at_the_limit_are_echoed_intact() {
    let mut client = connect(start_server());
    let bytes = pattern(MAX_MESSAGE_SIZE);
    match round_trip(&mut client, Message::binary(bytes.clone())) {
        Message::Binary(echoed) => assert!(echoed[..] == bytes[..], "binary echo differs"),
        other => panic!("expected binary, got {other:?}"),
    }
    let text: String = (0..MAX_MESSAGE_SIZE)
        .map(|i| (b'a' + (i % 26) as u8) as char)
        .collect();
    match round_trip(&mut client, Message::text(text.clone())) {
        Message::Text(echoed) => assert!(echoed.as_str() == text, "text echo differs"),
        other => panic!("expected text, got {other:?}"),
    }
    // The connection is still usable after them.
    assert_echoed(&mut client, Message::text("after"));
}

#[test]
fn a_frame_over_the_limit_is_refused_with_close_code_1009() {
    let (addr, connection) = serve_one();
    let mut client = connect(addr);
    client
        .send(Message::binary(pattern(MAX_MESSAGE_SIZE + 1)))
        .expect("send");
    expect_close_1009(&mut client);
    drop(client);
    assert_eq!(
        ending_of(&connection),
        Ending::TooBig {
            size: MAX_MESSAGE_SIZE + 1
        }
    );
}

#[test]
fn a_fragmented_message_over_the_limit_is_refused_with_close_code_1009() {
    let (addr, connection) = serve_one();
    let mut client = connect(addr);
    // Each frame is under the limit; together they are over it.
    let half = MAX_MESSAGE_SIZE / 2 + 1;
    for (n, opcode) in [OpCode::Data(Data::Text), OpCode::Data(Data::Continue)]
        .into_iter()
        .enumerate()
    {
        let frame = Frame::message(vec![b'x'; half], opcode, false);
        client
            .send(Message::Frame(frame))
            .unwrap_or_else(|error| panic!("fragment {n}: {error}"));
    }
    expect_close_1009(&mut client);
    drop(client);
    assert_eq!(ending_of(&connection), Ending::TooBig { size: 2 * half });
}

#[test]
fn the_server_keeps_serving_after_refusing_a_message() {
    let addr = start_server();
    let mut big = connect(addr);
    big.send(Message::binary(pattern(MAX_MESSAGE_SIZE + 1)))
        .expect("send");
    expect_close_1009(&mut big);
    let mut next = connect(addr);
    assert_echoed(&mut next, Message::text("still here"));
}

#[test]
fn client_close_is_echoed_and_the_connection_thread_ends() {
    let (addr, connection) = serve_one();
    let mut client = connect(addr);
    assert_echoed(&mut client, Message::text("bye soon"));
    client.close(None).expect("close");
    match read(&mut client) {
        Message::Close(frame) => assert_eq!(frame, None, "the server echoes the client's close"),
        other => panic!("expected the close echoed, got {other:?}"),
    }
    expect_clean_end(&mut client);
    assert_eq!(
        ending_of(&connection),
        Ending::ClosedByClient { code: None }
    );
}

#[test]
fn a_close_code_and_reason_are_echoed() {
    let (addr, connection) = serve_one();
    let mut client = connect(addr);
    let frame = tungstenite::protocol::CloseFrame {
        code: CloseCode::Away,
        reason: "leaving".into(),
    };
    client.close(Some(frame.clone())).expect("close");
    assert_eq!(read(&mut client), Message::Close(Some(frame)));
    expect_clean_end(&mut client);
    assert_eq!(
        ending_of(&connection),
        Ending::ClosedByClient { code: Some(1001) }
    );
}

#[test]
fn a_ping_is_answered_by_a_pong_with_the_same_payload() {
    let mut client = connect(start_server());
    client
        .send(Message::Ping(b"are you there?".to_vec().into()))
        .expect("send ping");
    match client.read().expect("read") {
        Message::Pong(payload) => assert_eq!(&payload[..], b"are you there?"),
        other => panic!("expected a pong, got {other:?}"),
    }
    // And echo goes on afterwards.
    assert_echoed(&mut client, Message::text("after ping"));
}

#[test]
fn broken_peers_end_their_own_connection_only() {
    let addr = start_server();

    // Not a WebSocket client at all.
    let mut garbage = tcp(addr);
    garbage
        .write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    drop(garbage);

    // A client that vanishes in the middle of a frame, with no close handshake.
    let mut vanishing = connect(addr);
    let half_frame = [0x82, 0xFE, 0x10, 0x00, 1, 2, 3, 4, 9, 9]; // masked binary, 4096 bytes announced
    vanishing.get_mut().write_all(&half_frame).unwrap();
    drop(vanishing);

    // A client that resets the connection while the server is busy with it.
    let mut resetting = connect(addr);
    resetting.send(Message::binary(pattern(64 * 1024))).unwrap();
    drop(resetting);

    let mut client = connect(addr);
    assert_echoed(&mut client, Message::text("alive"));
}

#[test]
fn handle_reports_a_peer_that_is_not_a_websocket_client() {
    let (addr, connection) = serve_one();
    let mut peer = tcp(addr);
    peer.write_all(b"hello\r\n\r\n").unwrap();
    match ending_of(&connection) {
        Ending::HandshakeFailed(_) => {}
        other => panic!("expected a failed handshake, got {other:?}"),
    }
}
