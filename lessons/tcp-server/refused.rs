// A refused connection: before the server binds its address, a connect finds nobody listening
// and fails at once with an error (on the loopback; a real network reports it after a round
// trip). Once the listener is bound, the same connect succeeds.
use async_playground::prelude::{println, *};

const ADDR: &str = "127.0.0.1:8082";

async fn greet(listener: TcpListener) -> Result<(), NetError> {
    let stream = listener.async_accept().await?;
    stream.async_send("welcome").await?;
    Ok(())
}

async fn client() -> Result<(), NetError> {
    let stream = TcpStream::connect(ADDR)?;
    let greeting = stream.async_read().await?;
    println!("client: the server says {:?}", String::from_utf8_lossy(&greeting));
    Ok(())
}

fn main() {
    let result = block_on(async {
        match spawn("early client", client()).await {
            Ok(()) => println!("the early client got in"),
            Err(error) => println!("the early client failed: {error}"),
        }
        let server = spawn("server", greet(TcpListener::bind(ADDR)?));
        spawn("client", client()).await?;
        server.await
    });
    println!("{result:?}");
}
