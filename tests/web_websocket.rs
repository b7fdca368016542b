//! Browser tests of the WebSocket transport against the real echo server that the test command
//! starts (`ECHO_URL`, by default ws://127.0.0.1:9001): the loopback lesson's client code, run on
//! the executor, gets its messages echoed through the browser's WebSocket, woken by real network
//! events; a port nobody listens on is a refused connection and a non-WebSocket URL an invalid
//! one, both as values.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use std::time::Duration;

use async_playground::executor::{Executor, Progress};
use async_playground::net::{NetError, Network, SocketKind, TcpStream};
use async_playground::web::websocket::WebSocketTransport;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const ECHO_URL: &str = match option_env!("ECHO_URL") {
    Some(url) => url,
    None => "ws://127.0.0.1:9001",
};

/// An executor whose `ws://` connections go to `url` through the browser.
fn executor_dialling(url: &str) -> Rc<Executor> {
    let executor = Rc::new(Executor::new());
    executor
        .driver::<Network>()
        .set_transport(Rc::new(WebSocketTransport::new(url)));
    executor
}

/// Ticks the executor between browser turns, as animation frames do, until it is done or ten
/// seconds have passed; returns how it ended.
async fn run_in_real_time(executor: &Executor) -> Progress {
    for _ in 0..1_000 {
        match executor.tick(64) {
            Progress::Busy | Progress::WaitingOnTimers { .. } => continue,
            Progress::WaitingOnIo => yew::platform::time::sleep(Duration::from_millis(10)).await,
            end => return end,
        }
    }
    executor.tick(64)
}

#[wasm_bindgen_test]
async fn the_loopback_client_gets_text_binary_and_large_messages_echoed_by_the_real_server() {
    let executor = executor_dialling(ECHO_URL);
    let large: Vec<u8> = (0..200_000u32).map(|n| b'a' + (n % 26) as u8).collect();
    let expected_large = large.clone();
    let client = executor.spawn("client", async move {
        let stream = TcpStream::connect("ws://127.0.0.1:9001")?;
        let mut echoes = Vec::new();
        for message in [b"hello, echo".to_vec(), vec![0, 159, 146, 150], large] {
            stream.async_send(message).await?;
            echoes.push(stream.async_read().await?);
        }
        Ok::<_, NetError>(echoes)
    });
    assert_eq!(run_in_real_time(&executor).await, Progress::Done);
    let echoes = client
        .take_output()
        .expect("the client finished")
        .expect("no network error");
    assert_eq!(echoes[0], b"hello, echo");
    assert_eq!(
        echoes[1],
        [0, 159, 146, 150],
        "a binary frame comes back as the same bytes"
    );
    assert_eq!(echoes[2], expected_large);
    let trace = executor.trace().render();
    assert!(
        trace.contains("socket 0 is connected to the server"),
        "{trace}"
    );
    assert!(
        trace.contains("socket 0 is readable: 11 bytes buffered"),
        "{trace}"
    );
    assert!(trace.contains("task `client` woken by socket 0"), "{trace}");
    let sockets = executor.driver::<Network>().sockets();
    let SocketKind::WebSocket { messages, .. } = &sockets[0].kind else {
        panic!("socket 0 is a WebSocket: {sockets:?}");
    };
    let directions: Vec<bool> = messages.iter().map(|message| message.outgoing).collect();
    assert_eq!(directions, [true, false, true, false, true, false]);
    assert_eq!(sockets[0].addr, ECHO_URL);
}

#[wasm_bindgen_test]
async fn a_port_nobody_listens_on_is_a_failed_handshake_that_names_a_refusal() {
    let executor = executor_dialling("ws://127.0.0.1:9");
    let client = executor.spawn("client", async {
        let stream = TcpStream::connect("ws://127.0.0.1:9")?;
        stream.async_send("anyone there?").await
    });
    assert_eq!(run_in_real_time(&executor).await, Progress::Done);
    // The browser reports a refusal and a server that answers no probe alike, so the error
    // names both rather than claiming a refusal.
    match client.take_output() {
        Some(Err(NetError::HandshakeFailed { addr, reason })) => {
            assert_eq!(addr, "ws://127.0.0.1:9");
            assert!(reason.contains("the connection was refused"), "{reason}");
        }
        other => panic!("expected a failed handshake, got {other:?}"),
    }
}

#[wasm_bindgen_test]
async fn a_url_that_is_not_a_websocket_url_is_invalid_at_connect() {
    let executor = executor_dialling("http://127.0.0.1:9001");
    let client = executor.spawn("client", async {
        TcpStream::connect("ws://127.0.0.1:9001").map(drop)
    });
    assert_eq!(run_in_real_time(&executor).await, Progress::Done);
    let error = client
        .take_output()
        .expect("finished")
        .expect_err("an invalid URL");
    assert_eq!(
        error.to_string(),
        "invalid URL \"http://127.0.0.1:9001\": a WebSocket URL starts with ws:// or wss://"
    );
}
