// Backpressure: the loopback buffers at most 4096 bytes each way, so a client sending 10000 bytes
// has its send return Pending until the server's connection task reads. The server reads what
// has arrived, one piece at a time, and yields between pieces, so the writer goes on in turns.
use async_playground::prelude::{println, *};

const ADDR: &str = "127.0.0.1:8081";

async fn connection(stream: TcpStream) -> Result<usize, NetError> {
    let mut total = 0;
    loop {
        let piece = stream.async_read().await?;
        if piece.is_empty() {
            println!("server: end of file after {total} bytes");
            return Ok(total);
        }
        total += piece.len();
        println!("server: read {} bytes, {total} so far", piece.len());
        yield_now().await;
    }
}

async fn server(listener: TcpListener) -> Result<usize, NetError> {
    let stream = listener.async_accept().await?;
    spawn("connection", connection(stream)).await
}

async fn client() -> Result<(), NetError> {
    let stream = TcpStream::connect(ADDR)?;
    println!("client: sending 10000 bytes");
    let sent = stream.async_send("x".repeat(10000)).await?;
    println!("client: all {sent} bytes are in the buffer or read");
    Ok(())
}

fn main() {
    let result = block_on(async {
        let server = spawn("server", server(TcpListener::bind(ADDR)?));
        spawn("client", client()).await?;
        server.await
    });
    println!("{result:?}");
}
