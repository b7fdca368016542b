// The loopback client, unchanged, talking to an echo server. Until the playground connects it to
// the real WebSocket echo server, an echo task on the loopback stands in for it: every message
// comes straight back.
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
    stream.async_send("hello, echo").await?;
    println!("client: sent \"hello, echo\"");
    let echo = stream.async_read().await?;
    println!("client: echo {:?}", String::from_utf8_lossy(&echo).to_string());
    Ok(())
}

fn main() {
    let result = block_on(async {
        let listener = TcpListener::bind(ADDR)?;
        let echo = spawn("echo server", echo_server(listener));
        let client = spawn("client", client());
        client.await?;
        echo.await
    });
    if let Err(error) = result {
        println!("error: {error}");
    }
}
