//! The `echo-server` command: reads the flags (`--addr HOST:PORT`, `--help`), binds the address,
//! prints `echo-server listening on ws://ADDR` (the line scripts wait for) and serves forever. It
//! must never serve before printing that line, and never start when it cannot listen: it exits 1
//! with a message saying why (2 for a bad flag).

use std::io::ErrorKind;
use std::net::TcpListener;
use std::process::exit;

use echo_server::{serve, DEFAULT_ADDR, MAX_MESSAGE_SIZE};

fn usage() -> String {
    format!(
        "WebSocket echo server for the Async Rust Playground: echoes every text message as text and
every binary message as binary, answers pings, and closes with code 1009 on a message over
{MAX_MESSAGE_SIZE} bytes.

Usage: echo-server [--addr HOST:PORT]

Options:
  --addr HOST:PORT  address to listen on (default {DEFAULT_ADDR}; port 0 picks a free port)
  -h, --help        print this help"
    )
}

#[derive(Debug, PartialEq, Eq)]
enum Command {
    Serve { addr: String },
    Help,
}

fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut addr = DEFAULT_ADDR.to_string();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "--addr" => addr = args.next().ok_or("--addr needs a value, HOST:PORT")?,
            _ => match arg.strip_prefix("--addr=") {
                Some(value) => addr = value.to_string(),
                None => return Err(format!("unknown argument `{arg}`")),
            },
        }
    }
    if addr.is_empty() {
        return Err("--addr needs a value, HOST:PORT".to_string());
    }
    Ok(Command::Serve { addr })
}

fn main() {
    let addr = match parse(std::env::args().skip(1)) {
        Ok(Command::Serve { addr }) => addr,
        Ok(Command::Help) => {
            println!("{}", usage());
            return;
        }
        Err(message) => {
            eprintln!("echo-server: {message}\n\n{}", usage());
            exit(2);
        }
    };
    let listener = match TcpListener::bind(&addr) {
        Ok(listener) => listener,
        Err(error) if error.kind() == ErrorKind::AddrInUse => {
            eprintln!(
                "echo-server: cannot listen on {addr}: the address is already in use (another \
                 echo-server?). Stop it, or choose another address with --addr HOST:PORT."
            );
            exit(1);
        }
        Err(error) => {
            eprintln!("echo-server: cannot listen on {addr}: {error}");
            exit(1);
        }
    };
    match listener.local_addr() {
        Ok(local) => println!("echo-server listening on ws://{local}"),
        Err(error) => {
            eprintln!("echo-server: cannot tell the address it listens on: {error}");
            exit(1);
        }
    }
    serve(listener)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_strs(args: &[&str]) -> Result<Command, String> {
        parse(args.iter().map(|arg| arg.to_string()))
    }

    #[test]
    fn defaults_to_127_0_0_1_port_9001() {
        assert_eq!(
            parse_strs(&[]),
            Ok(Command::Serve {
                addr: "127.0.0.1:9001".into()
            })
        );
    }

    #[test]
    fn addr_flag_in_both_spellings() {
        let expected = Ok(Command::Serve {
            addr: "0.0.0.0:9100".into(),
        });
        assert_eq!(parse_strs(&["--addr", "0.0.0.0:9100"]), expected);
        assert_eq!(parse_strs(&["--addr=0.0.0.0:9100"]), expected);
    }

    #[test]
    fn help_and_bad_flags() {
        assert_eq!(parse_strs(&["--help"]), Ok(Command::Help));
        assert_eq!(parse_strs(&["-h"]), Ok(Command::Help));
        assert!(parse_strs(&["--addr"])
            .unwrap_err()
            .contains("needs a value"));
        assert!(parse_strs(&["--addr="])
            .unwrap_err()
            .contains("needs a value"));
        assert!(parse_strs(&["--port", "1"])
            .unwrap_err()
            .contains("unknown argument `--port`"));
    }
}
