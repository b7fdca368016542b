//! The `echo-server` command itself, run as a child process: its help, its listening line (what
//! the scripts wait for) followed by a working echo, and its clear failure when the address is
//! taken. Every child is killed at the end; these tests must never bind outside 127.0.0.1.

use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use tungstenite::Message;

const BIN: &str = env!("CARGO_BIN_EXE_echo-server");

/// Kills the child when dropped, so a failing assertion leaves no server behind.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn help_describes_the_flags() {
    let output = Command::new(BIN).arg("--help").output().unwrap();
    assert!(output.status.success());
    let help = String::from_utf8(output.stdout).unwrap();
    assert!(help.contains("--addr HOST:PORT"), "{help}");
    assert!(help.contains("127.0.0.1:9001"), "{help}");
}

#[test]
fn an_unknown_flag_exits_2_with_the_usage() {
    let output = Command::new(BIN).arg("--port").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("unknown argument `--port`") && stderr.contains("Usage"),
        "{stderr}"
    );
}

#[test]
fn prints_its_listening_line_then_echoes() {
    let mut child = Running(
        Command::new(BIN)
            .args(["--addr", "127.0.0.1:0"])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let mut lines = BufReader::new(child.0.stdout.take().unwrap()).lines();
    let first = lines.next().expect("a first line").unwrap();
    let url = first
        .strip_prefix("echo-server listening on ")
        .unwrap_or_else(|| panic!("{first}"));
    let addr = url
        .strip_prefix("ws://127.0.0.1:")
        .unwrap_or_else(|| panic!("{first}"));
    assert!(addr.parse::<u16>().unwrap() > 0, "{first}");

    let stream = TcpStream::connect(&url["ws://".len()..]).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let (mut client, _) = tungstenite::client(url, stream).unwrap();
    client.send(Message::text("through the binary")).unwrap();
    assert_eq!(client.read().unwrap(), Message::text("through the binary"));
    client.close(None).unwrap();
    assert!(client.read().unwrap().is_close());
    drop(client);

    let opened = lines.next().expect("a line per connection opened").unwrap();
    assert!(
        opened.starts_with("connection 1 opened from 127.0.0.1:"),
        "{opened}"
    );
    let closed = lines.next().expect("a line per connection closed").unwrap();
    assert_eq!(
        closed,
        "connection 1 closed: closed by the client (no code)"
    );
}

#[test]
fn an_address_in_use_is_a_clear_error() {
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let output = Command::new(BIN).args(["--addr", &addr]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains(&addr) && stderr.contains("already in use"),
        "{stderr}"
    );
    assert!(
        output.stdout.is_empty(),
        "printed a listening line: {:?}",
        output.stdout
    );
}
