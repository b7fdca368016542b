// End of file: a client sends two messages and drops its stream; the server reads until a read
// returns no bytes, and a send to the closed peer fails with a broken pipe.
use async_playground::prelude::{println, *};

const ADDR: &str = "127.0.0.1:7001";

async fn server(listener: TcpListener) -> Result<u32, NetError> {
    let stream = listener.async_accept().await?;
    let mut reads = 0;
    loop {
        let bytes = stream.async_read().await?;
        if bytes.is_empty() {
            break;
        }
        reads += 1;
        println!("server: read {:?}", String::from_utf8_lossy(&bytes).to_string());
    }
    println!("server: end of file after {reads} reads");
    match stream.async_send("too late").await {
        Ok(sent) => println!("server: sent {sent} bytes"),
        Err(error) => println!("server: {error}"),
    }
    Ok(reads)
}

async fn client() -> Result<(), NetError> {
    let stream = TcpStream::connect(ADDR)?;
    stream.async_send("first").await?;
    yield_now().await;
    stream.async_send("second").await?;
    println!("client: closing");
    drop(stream);
    Ok(())
}

fn main() {
    let result = block_on(async {
        let server = spawn("server", server(TcpListener::bind(ADDR)?));
        let client = spawn("client", client());
        client.await?;
        server.await
    });
    println!("{result:?}");
}
