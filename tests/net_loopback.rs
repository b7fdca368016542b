#![cfg(not(target_arch = "wasm32"))]
//! Whole-trace tests of the loopback network: the seed's server/client walk-through, many
//! clients, and each way an operation can wait or fail. They must never sleep on wall-clock time
//! or touch a real socket.

use async_playground::executor::{Executor, Progress};
use async_playground::net::{NetError, Network, TcpListener, TcpStream};
use async_playground::prelude::{spawn, yield_now};
use expect_test::{expect, Expect};

const ADDR: &str = "127.0.0.1:8080";

/// Ticks until nothing more can happen and returns how it ended.
fn run(executor: &Executor) -> Progress {
    loop {
        match executor.tick(64) {
            Progress::Busy | Progress::WaitingOnTimers { .. } | Progress::WaitingOnIo => {}
            end => return end,
        }
    }
}

fn check_trace(executor: &Executor, expected: Expect) {
    expected.assert_eq(&executor.trace().render());
}

/// The seed's server: accept one client, read its request, reply in upper case.
async fn uppercase_server(listener: TcpListener) -> Result<(), NetError> {
    let stream = listener.async_accept().await?;
    let request = stream.async_read().await?;
    stream
        .async_send(String::from_utf8_lossy(&request).to_uppercase())
        .await?;
    Ok(())
}

/// The seed's client: send, yield, read the reply.
async fn greeting_client(message: &'static str) -> Result<String, NetError> {
    let stream = TcpStream::connect(ADDR)?;
    stream.async_send(message).await?;
    yield_now().await;
    let reply = stream.async_read().await?;
    Ok(String::from_utf8_lossy(&reply).into_owned())
}

#[test]
fn seed_walkthrough_server_uppercases_what_the_client_sends() {
    let executor = Executor::new();
    executor.spawn("server", async {
        uppercase_server(TcpListener::bind(ADDR)?).await
    });
    let client = executor.spawn("client", greeting_client("hello"));
    assert_eq!(run(&executor), Progress::Done);
    assert_eq!(client.take_output(), Some(Ok("HELLO".to_owned())));
    check_trace(
        &executor,
        expect![[r#"
        1: task `server` spawned
        2: task `client` spawned
        3: task `server` bind: opened socket 0
        4: task `server` async_accept on socket 0: Pending, waker parked
        5: task `server` polled: Pending
        6: task `client` connect: opened socket 1
        7: socket 0 has a connection waiting to be accepted
        8: task `server` woken by socket 0
        9: task `client` async_send on socket 1: Ready, 5 bytes
        10: socket 2 is readable: 5 bytes buffered
        11: task `client` woken by task `client`
        12: task `client` polled: Pending
        13: task `server` async_accept on socket 0: opened socket 2
        14: task `server` async_read on socket 2: Ready, 5 bytes
        15: task `server` async_send on socket 2: Ready, 5 bytes
        16: socket 1 is readable: 5 bytes buffered
        17: socket 1 saw its peer close the connection
        18: task `server` polled: Ready
        19: task `client` async_read on socket 1: Ready, 5 bytes
        20: socket 2 saw its peer close the connection
        21: task `client` polled: Ready
    "#]],
    );
}

#[test]
fn one_server_task_set_serves_many_clients() {
    let executor = Executor::new().with_trace(false);
    let replies = executor.block_on(async {
        let listener = TcpListener::bind(ADDR)?;
        spawn("acceptor", async move {
            for id in 0..3 {
                let stream = listener.async_accept().await?;
                spawn(format!("handler {id}"), async move {
                    let request = stream.async_read().await?;
                    stream
                        .async_send(String::from_utf8_lossy(&request).to_uppercase())
                        .await
                });
            }
            Ok::<(), NetError>(())
        });
        let clients: Vec<_> = ["ant", "bee", "cat"]
            .into_iter()
            .map(|name| spawn(name, greeting_client(name)))
            .collect();
        let mut replies = Vec::new();
        for client in clients {
            replies.push(client.await?);
        }
        Ok::<_, NetError>(replies)
    });
    assert_eq!(
        replies,
        Ok(vec!["ANT".to_owned(), "BEE".to_owned(), "CAT".to_owned()])
    );
    expect![[r#"
        TaskStats {
            polls: 16,
            wasted_polls: 0,
            wakes: 8,
            self_wakes: 3,
        }"#]]
    .assert_eq(&format!("{:#?}", executor.stats().total));
}

/// Binds `ADDR` and connects one client to it; the server end is accepted on first use.
async fn connected_pair() -> Result<(TcpStream, TcpStream), NetError> {
    let listener = TcpListener::bind(ADDR)?;
    let client = TcpStream::connect(ADDR)?;
    let server = listener.async_accept().await?;
    Ok((client, server))
}

#[test]
fn read_would_block_until_the_peer_sends() {
    let executor = Executor::new();
    executor
        .block_on(async {
            let (client, server) = connected_pair().await?;
            let reader = spawn("reader", async move { server.async_read().await });
            yield_now().await;
            client.async_send("ping").await?;
            assert_eq!(reader.await?, b"ping");
            Ok::<(), NetError>(())
        })
        .expect("loopback works");
    check_trace(
        &executor,
        expect![[r#"
        1: task `main` spawned
        2: task `main` bind: opened socket 0
        3: task `main` connect: opened socket 1
        4: socket 0 has a connection waiting to be accepted
        5: task `main` async_accept on socket 0: opened socket 2
        6: task `reader` spawned
        7: task `main` woken by task `main`
        8: task `main` polled: Pending
        9: task `reader` async_read on socket 2: Pending, waker parked
        10: task `reader` polled: Pending
        11: task `main` async_send on socket 1: Ready, 4 bytes
        12: socket 2 is readable: 4 bytes buffered
        13: task `reader` woken by socket 2
        14: task `main` polled: Pending
        15: task `reader` async_read on socket 2: Ready, 4 bytes
        16: socket 1 saw its peer close the connection
        17: task `reader` polled: Ready
        18: task `main` woken by task `reader`
        19: socket 2 saw its peer close the connection
        20: task `main` polled: Ready
    "#]],
    );
}

#[test]
fn read_returns_buffered_bytes_then_end_of_file_after_the_peer_closes() {
    let executor = Executor::new();
    let reads = executor.block_on(async {
        let (client, server) = connected_pair().await?;
        client.async_send("last words").await?;
        drop(client);
        let first = server.async_read().await?;
        let second = server.async_read().await?;
        Ok::<_, NetError>((String::from_utf8_lossy(&first).into_owned(), second.len()))
    });
    assert_eq!(reads, Ok(("last words".to_owned(), 0)));
    check_trace(
        &executor,
        expect![[r#"
        1: task `main` spawned
        2: task `main` bind: opened socket 0
        3: task `main` connect: opened socket 1
        4: socket 0 has a connection waiting to be accepted
        5: task `main` async_accept on socket 0: opened socket 2
        6: task `main` async_send on socket 1: Ready, 10 bytes
        7: socket 2 is readable: 10 bytes buffered
        8: socket 2 saw its peer close the connection
        9: task `main` async_read on socket 2: Ready, 10 bytes
        10: task `main` async_read on socket 2: Ready, end of file
        11: socket 1 saw its peer close the connection
        12: task `main` polled: Ready
    "#]],
    );
}

#[test]
fn sending_to_a_closed_peer_is_a_broken_pipe() {
    let executor = Executor::new();
    let result = executor.block_on(async {
        let (client, server) = connected_pair().await?;
        drop(server);
        client.async_send("anyone?").await
    });
    let message = result.err().map(|error| error.to_string());
    expect![[r#"Some("broken pipe: the peer of socket 1 has closed the connection")"#]]
        .assert_eq(&format!("{message:?}"));
}

#[test]
fn send_waits_at_the_buffer_limit_until_the_peer_reads() {
    let executor = Executor::new();
    executor.driver::<Network>().set_buffer_limit(4);
    let received = executor.block_on(async {
        let (client, server) = connected_pair().await?;
        let writer = spawn(
            "writer",
            async move { client.async_send("abcdefghij").await },
        );
        let mut received = Vec::new();
        while received.len() < 10 {
            received.extend(server.async_read().await?);
        }
        writer.await?;
        Ok::<_, NetError>(String::from_utf8_lossy(&received).into_owned())
    });
    assert_eq!(received, Ok("abcdefghij".to_owned()));
    check_trace(
        &executor,
        expect![[r#"
        1: task `main` spawned
        2: task `main` bind: opened socket 0
        3: task `main` connect: opened socket 1
        4: socket 0 has a connection waiting to be accepted
        5: task `main` async_accept on socket 0: opened socket 2
        6: task `writer` spawned
        7: task `main` async_read on socket 2: Pending, waker parked
        8: task `main` polled: Pending
        9: task `writer` async_send on socket 1: Ready, 4 bytes
        10: socket 2 is readable: 4 bytes buffered
        11: task `main` woken by socket 2
        12: task `writer` async_send on socket 1: Pending, waker parked
        13: task `writer` polled: Pending
        14: task `main` async_read on socket 2: Ready, 4 bytes
        15: socket 1 is writable: room for 4 bytes
        16: task `writer` woken by socket 1
        17: task `main` async_read on socket 2: Pending, waker parked
        18: task `main` polled: Pending
        19: task `writer` async_send on socket 1: Ready, 4 bytes
        20: socket 2 is readable: 4 bytes buffered
        21: task `main` woken by socket 2
        22: task `writer` async_send on socket 1: Pending, waker parked
        23: task `writer` polled: Pending
        24: task `main` async_read on socket 2: Ready, 4 bytes
        25: socket 1 is writable: room for 4 bytes
        26: task `writer` woken by socket 1
        27: task `main` async_read on socket 2: Pending, waker parked
        28: task `main` polled: Pending
        29: task `writer` async_send on socket 1: Ready, 2 bytes
        30: socket 2 is readable: 2 bytes buffered
        31: task `main` woken by socket 2
        32: socket 2 saw its peer close the connection
        33: task `writer` polled: Ready
        34: task `main` async_read on socket 2: Ready, 2 bytes
        35: socket 1 saw its peer close the connection
        36: task `main` polled: Ready
    "#]],
    );
}

#[test]
fn connecting_where_nobody_listens_is_refused_and_a_second_bind_is_address_in_use() {
    let executor = Executor::new();
    let errors = executor.block_on(async {
        let refused = TcpStream::connect(ADDR).err();
        let _first = TcpListener::bind(ADDR);
        let in_use = TcpListener::bind(ADDR).err();
        [refused, in_use].map(|error| error.map(|error| error.to_string()))
    });
    expect![[r#"
        [
            Some(
                "connection refused: nothing is listening on 127.0.0.1:8080",
            ),
            Some(
                "address in use: 127.0.0.1:8080 already has a listener",
            ),
        ]"#]]
    .assert_eq(&format!("{errors:#?}"));
    check_trace(
        &executor,
        expect![[r#"
        1: task `main` spawned
        2: task `main` connect: failed, connection refused: nothing is listening on 127.0.0.1:8080
        3: task `main` bind: opened socket 0
        4: task `main` bind: failed, address in use: 127.0.0.1:8080 already has a listener
        5: task `main` polled: Ready
    "#]],
    );
}

#[test]
fn sockets_outside_an_executor_are_an_error_not_a_panic() {
    assert_eq!(TcpListener::bind(ADDR).err(), Some(NetError::NoExecutor));
    assert_eq!(TcpStream::connect(ADDR).err(), Some(NetError::NoExecutor));
}

#[test]
fn tasks_waiting_on_each_other_over_sockets_are_a_deadlock_naming_the_sockets() {
    let executor = Executor::new();
    let result = executor.try_block_on(async {
        let (client, server) = connected_pair().await?;
        let server_side = spawn("server", async move { server.async_read().await });
        let _ = client.async_read().await?;
        server_side.await
    });
    let diagnosis = result.err().map(|diagnostic| diagnostic.to_string());
    expect![[r#"Some("deadlock: no task is ready and no timer is pending, but these tasks are unfinished: `main` (waiting on socket 1), `server` (waiting on socket 2)")"#]].assert_eq(&format!("{diagnosis:?}"));
    let sockets: Vec<String> = executor
        .driver::<Network>()
        .sockets()
        .iter()
        .map(|socket| format!("{}: {:?}", socket.id, socket.kind))
        .collect();
    expect![[r#"
        socket 0: Listener { backlog: 0, open: false, acceptor_waiting: false }
        socket 1: Stream { peer: SocketId(2), buffered: [], open: true, peer_open: true, reader_waiting: true }
        socket 2: Stream { peer: SocketId(1), buffered: [], open: true, peer_open: true, reader_waiting: true }"#]].assert_eq(&sockets.join("\n"));
}

#[test]
fn turning_the_trace_off_changes_no_network_result() {
    let run_with_trace = |trace: bool| {
        let executor = Executor::new().with_trace(trace);
        executor.driver::<Network>().set_buffer_limit(3);
        executor.spawn("server", async {
            uppercase_server(TcpListener::bind(ADDR)?).await
        });
        let client = executor.spawn("client", greeting_client("backpressure"));
        assert_eq!(run(&executor), Progress::Done);
        let recorded = executor.trace().len();
        (client.take_output(), executor.stats(), recorded)
    };
    let (traced, untraced) = (run_with_trace(true), run_with_trace(false));
    // The seed server reads one chunk (3 bytes here), replies and closes, so the rest of the
    // client's message meets a closed peer.
    expect!["Some(Err(BrokenPipe { socket: SocketId(1) }))"].assert_eq(&format!("{:?}", traced.0));
    assert_eq!((&traced.0, &traced.1), (&untraced.0, &untraced.1));
    assert!(traced.2 > 0);
    assert_eq!(untraced.2, 0);
}
