//! The Network view: the sockets of the run (loopback listeners and streams, real WebSocket
//! connections) with their kind, peer, buffered bytes and readiness, and the recent frames of each
//! WebSocket. It must never show bytes raw: they are escaped and truncated text.

use yew::prelude::*;

use super::{column_headings, RunView};
use crate::net::{RemoteState, SocketKind, SocketSnapshot, WebSocketMessage};

/// How many characters of a socket's buffer are shown before it is cut short.
const SHOWN_BUFFER_CHARS: usize = 48;

/// The sockets, then the frames of each WebSocket.
#[function_component]
pub fn Network(props: &RunView) -> Html {
    let network = props.executor.installed_driver::<crate::net::Network>();
    let sockets = network.map(|network| network.sockets()).unwrap_or_default();
    let body = if sockets.is_empty() {
        html! { <p class="view-empty">{ "No sockets." }</p> }
    } else {
        html! {
            <div class="table-scroll">
                <table class="network-table">
                    <caption>{ "Sockets" }</caption>
                    { column_headings(&["Socket", "Kind", "Address", "Peer", "Buffered", "State"]) }
                    <tbody>{ for sockets.iter().map(socket_row) }</tbody>
                </table>
                { for sockets.iter().filter_map(frame_list) }
            </div>
        }
    };
    html! {
        <section class="view network" aria-label="Network">
            <h3 class="view-title">{ "Network" }</h3>
            { body }
        </section>
    }
}

fn socket_row(socket: &SocketSnapshot) -> Html {
    let (kind, peer, buffered) = match &socket.kind {
        SocketKind::Listener { .. } => ("listener", "—".to_owned(), "—".to_owned()),
        SocketKind::Stream { peer, buffered, .. } => {
            ("stream", peer.to_string(), buffer_text(buffered))
        }
        SocketKind::WebSocket { unread, .. } => {
            ("WebSocket", "the server".to_owned(), messages(*unread))
        }
    };
    html! {
        <tr>
            <th scope="row">{ socket.id.to_string() }</th>
            <td>{ kind }</td>
            <td><code>{ socket.addr.clone() }</code></td>
            <td>{ peer }</td>
            <td class="socket-buffer"><code>{ buffered }</code></td>
            <td>{ readiness(&socket.kind) }</td>
        </tr>
    }
}

fn messages(count: usize) -> String {
    match count {
        0 => "no unread messages".to_owned(),
        1 => "1 unread message".to_owned(),
        _ => format!("{count} unread messages"),
    }
}

/// The recent messages of a WebSocket (shown as its frames), oldest first, each marked sent or received in words.
fn frame_list(socket: &SocketSnapshot) -> Option<Html> {
    let SocketKind::WebSocket { messages, .. } = &socket.kind else {
        return None;
    };
    let message = |message: &WebSocketMessage| {
        let (class, direction) = if message.outgoing {
            ("frame-sent", "→ sent")
        } else {
            ("frame-received", "← received")
        };
        html! { <li class={class}>{ direction }{ " " }<code>{ buffer_text(&message.bytes) }</code></li> }
    };
    let heading = format!("Frames on {} ({})", socket.id, socket.addr);
    Some(html! {
        <section class="websocket-frames" aria-label={heading.clone()}>
            <h4>{ heading }</h4>
            if messages.is_empty() {
                <p class="view-empty">{ "No frames yet." }</p>
            } else {
                <ol>{ for messages.iter().map(message) }</ol>
            }
        </section>
    })
}

/// Bytes as escaped text, cut short when long, with their count.
fn buffer_text(bytes: &[u8]) -> String {
    if bytes.is_empty() {
        return "empty".to_owned();
    }
    let escaped: String = String::from_utf8_lossy(bytes).escape_debug().collect();
    let shown: String = escaped.chars().take(SHOWN_BUFFER_CHARS).collect();
    let cut = if shown.len() < escaped.len() {
        "…"
    } else {
        ""
    };
    let noun = if bytes.len() == 1 { "byte" } else { "bytes" };
    format!("{} {noun}: \"{shown}\"{cut}", bytes.len())
}

/// Whether the socket is open and what it is ready for or waiting on, in words.
fn readiness(kind: &SocketKind) -> String {
    let mut parts = Vec::new();
    match kind {
        SocketKind::Listener {
            backlog,
            open,
            acceptor_waiting,
        } => {
            parts.push(if *open { "open" } else { "closed" }.to_owned());
            if *backlog > 0 {
                parts.push(format!("{backlog} waiting to be accepted"));
            }
            if *acceptor_waiting {
                parts.push("a task waits to accept".to_owned());
            }
        }
        SocketKind::Stream {
            buffered,
            open,
            peer_open,
            reader_waiting,
            ..
        } => {
            parts.push(if *open { "open" } else { "closed" }.to_owned());
            if !peer_open {
                parts.push("peer closed".to_owned());
            }
            if !buffered.is_empty() {
                parts.push("readable".to_owned());
            }
            if *reader_waiting {
                parts.push("a task waits to read".to_owned());
            }
        }
        SocketKind::WebSocket {
            state,
            reader_waiting,
            open,
            ..
        } => {
            parts.push(match state {
                RemoteState::Connecting | RemoteState::Open if !open => {
                    "closed by the program".to_owned()
                }
                RemoteState::Connecting => "connecting".to_owned(),
                RemoteState::Open => "open".to_owned(),
                RemoteState::Closed { opened: false, .. } => "refused: never opened".to_owned(),
                RemoteState::Closed { code, reason, .. } if reason.is_empty() => {
                    format!("closed (code {code})")
                }
                RemoteState::Closed { code, reason, .. } => {
                    format!("closed (code {code}: {reason})")
                }
            });
            if *reader_waiting {
                parts.push("a task waits to read".to_owned());
            }
        }
    }
    parts.join(", ")
}
