// The loopback lesson's client, grown into a loop of three messages, talking to an echo server.
// Choose "Real WebSocket server" above the editor and it dials the real server: binding
// ADDR then fails (the real server holds it), so no stand-in runs. On the loopback, a stand-in
// echo task binds ADDR and sends every message straight back.
use async_playground::prelude::{println, *};

const ADDR: &str = "ws://127.0.0.1:9001";

async fn echo_server(listener: TcpListener) -> Result<(), NetError> {
    let stream = listener.async_accept().await?;
    loop {
        let message = stream.async_read().await?;
        if message.is_empty() {
            return Ok(());
        }
        stream.async_send(message).await?;
    }
}

async fn client() -> Result<(), NetError> {
    let stream = TcpStream::connect(ADDR)?;
    println!("client: connected to {ADDR}");
    for message in ["hello, echo", "is anyone there?", "bye"] {
        stream.async_send(message).await?;
        println!("client: sent {message:?}");
        let echo = stream.async_read().await?;
        println!("client: echo {:?}", String::from_utf8_lossy(&echo).to_string());
    }
    Ok(())
}

fn main() {
    let result = block_on(async {
        let stand_in = match TcpListener::bind(ADDR) {
            Ok(listener) => Some(spawn("echo server", echo_server(listener))),
            Err(_) => None,
        };
        spawn("client", client()).await?;
        if let Some(echo) = stand_in {
            echo.await?;
        }
        Ok::<(), NetError>(())
    });
    if let Err(error) = result {
        println!("error: {error}");
    }
}
