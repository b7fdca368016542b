// Backpressure: the loopback buffers at most 4096 bytes per direction, so a 10000-byte send is
// Pending until the reader drains the buffer, and the reader sees the data in several pieces.
use async_playground::prelude::{println, *};

const ADDR: &str = "127.0.0.1:7000";

async fn reader(listener: TcpListener) -> Result<usize, NetError> {
    let stream = listener.async_accept().await?;
    let mut total = 0;
    loop {
        let chunk = stream.async_read().await?;
        if chunk.is_empty() {
            println!("reader: end of file after {total} bytes");
            return Ok(total);
        }
        total += chunk.len();
        println!("reader: got {} bytes", chunk.len());
    }
}

async fn writer() -> Result<usize, NetError> {
    let stream = TcpStream::connect(ADDR)?;
    let payload = "x".repeat(10000);
    let sent = stream.async_send(payload).await?;
    println!("writer: sent {sent} bytes");
    Ok(sent)
}

fn main() {
    let result = block_on(async {
        let listener = TcpListener::bind(ADDR)?;
        let reader = spawn("reader", reader(listener));
        let writer = spawn("writer", writer());
        let sent = writer.await?;
        let received = reader.await?;
        Ok::<bool, NetError>(sent == received)
    });
    println!("everything arrived: {result:?}");
}
