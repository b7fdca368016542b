// The seed walk-through: the server accepts, the client connects and sends, yields, the server
// reads, runs its routine and replies, and the client reads the reply. Every operation that
// would block returns Pending and parks the task's waker on a socket until the peer acts.
use async_playground::prelude::{println, *};

const ADDR: &str = "127.0.0.1:8080";

fn routine(request: &str) -> String {
    format!("{} bytes received: {}", request.len(), request.to_uppercase())
}

async fn server() -> Result<(), NetError> {
    let listener = TcpListener::bind(ADDR)?;
    println!("server: listening on {ADDR}");
    let stream = listener.async_accept().await?;
    println!("server: accepted a client");
    let request = stream.async_read().await?;
    let request = String::from_utf8_lossy(&request).to_string();
    println!("server: read {request:?}");
    let reply = routine(&request);
    stream.async_send(reply).await?;
    println!("server: replied");
    Ok(())
}

async fn client() -> Result<(), NetError> {
    let stream = TcpStream::connect(ADDR)?;
    println!("client: connected");
    stream.async_send("ping").await?;
    println!("client: sent the request");
    yield_now().await;
    let reply = stream.async_read().await?;
    println!("client: got {:?}", String::from_utf8_lossy(&reply).to_string());
    Ok(())
}

fn main() {
    let result = block_on(async {
        let server = spawn("server", server());
        let client = spawn("client", client());
        server.await?;
        client.await
    });
    if let Err(error) = result {
        println!("error: {error}");
    }
}
