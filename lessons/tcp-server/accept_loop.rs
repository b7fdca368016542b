// The server as the essay describes it: an accept loop that spawns a task per connection, and
// each connection task receives, runs its routine, sends and yields, in a loop, until the client
// closes its end (a read of zero bytes). Three clients talk to it at once.
use async_playground::prelude::{println, *};

const ADDR: &str = "127.0.0.1:8080";

fn routine(request: &str) -> String {
    request.to_uppercase()
}

async fn connection(stream: TcpStream, id: u32) -> Result<(), NetError> {
    loop {
        let request = stream.async_read().await?;
        if request.is_empty() {
            println!("connection {id}: end of file, closing");
            return Ok(());
        }
        let request = String::from_utf8_lossy(&request).to_string();
        stream.async_send(routine(&request)).await?;
        yield_now().await;
    }
}

/// Accepts `clients` connections, each into a task of its own. A real server loops forever;
/// this one stops accepting after `clients`, so that the program can finish.
async fn accept_loop(listener: TcpListener, clients: u32) -> Result<(), NetError> {
    for id in 1..=clients {
        let stream = listener.async_accept().await?;
        println!("server: accepted connection {id}");
        let _detached = spawn(format!("connection {id}"), connection(stream, id));
    }
    Ok(())
}

async fn client(name: &'static str, words: &'static [&'static str]) -> Result<(), NetError> {
    let stream = TcpStream::connect(ADDR)?;
    for word in words {
        stream.async_send(*word).await?;
        let reply = stream.async_read().await?;
        println!("{name}: {word} -> {}", String::from_utf8_lossy(&reply));
    }
    Ok(())
}

fn main() {
    let result = block_on(async {
        let _server = spawn("server", accept_loop(TcpListener::bind(ADDR)?, 3));
        let ann = spawn("ann", client("ann", &["hello", "bye"]));
        let bob = spawn("bob", client("bob", &["hi"]));
        let cy = spawn("cy", client("cy", &["hey", "you", "there"]));
        ann.await?;
        bob.await?;
        cy.await?;
        yield_now().await; // one more turn, so the connections see their clients' end of file
        println!("main: every client was served");
        Ok::<(), NetError>(())
    });
    if let Err(error) = result {
        println!("error: {error}");
    }
}
