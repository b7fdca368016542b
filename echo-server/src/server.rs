//! The accept loop: one thread per connection, and one line on stdout when a connection opens and
//! one when it ends. It must never stop serving because of one connection or one failed accept:
//! every such error is reported and the loop goes on. Stdout errors (a closed pipe) are ignored.

use std::io::Write;
use std::net::TcpListener;
use std::thread;
use std::time::Duration;

use crate::connection::handle;

/// Accepts connections on `listener` forever, echoing each on its own thread, and reports each
/// connection opened and closed on stdout.
pub fn serve(listener: TcpListener) -> ! {
    serve_with(listener, print_line)
}

/// `serve`, with each report line given to `report` instead of stdout (tests keep quiet with it).
pub fn serve_with(listener: TcpListener, report: fn(&str)) -> ! {
    let mut next_id: u64 = 1;
    loop {
        let (stream, peer) = match listener.accept() {
            Ok(accepted) => accepted,
            Err(error) => {
                // Out of file descriptors, an aborted connection: wait a little and go on.
                report(&format!("accept failed: {error}"));
                thread::sleep(Duration::from_millis(50));
                continue;
            }
        };
        let id = next_id;
        next_id += 1;
        report(&format!("connection {id} opened from {peer}"));
        let spawned = thread::Builder::new()
            .name(format!("connection-{id}"))
            .spawn(move || {
                let ending = handle(stream);
                report(&format!("connection {id} closed: {ending}"));
            });
        if let Err(error) = spawned {
            report(&format!(
                "connection {id} closed: no thread for it: {error}"
            ));
        }
    }
}

/// Prints one line on stdout, ignoring a stdout that can no longer be written (`println!` would
/// panic, and take the accept loop down with it).
fn print_line(line: &str) {
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}
