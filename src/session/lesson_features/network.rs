//! Where a lesson's `ws://` connections go: the in-memory loopback (a stand-in echo task in the
//! program serves them) or a real WebSocket server at a URL the learner chose. A run over the
//! real network is live: its events arrive in real time and cannot be replayed, so stepping back
//! is off for it. It must never open a connection itself; the dial function given by the page
//! does.

use std::rc::Rc;

use crate::net::{Network, Transport};

use crate::session::run::Start;

/// Where the WebSocket lesson's echo server is, by default: the one the serve and test commands start.
pub const DEFAULT_ECHO_URL: &str = "ws://127.0.0.1:9001";

/// Where a run's `ws://` and `wss://` connections go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NetworkChoice {
    /// The in-memory loopback, deterministic and replayable.
    Loopback,
    /// A real WebSocket server at this URL.
    Remote(String),
}

/// Makes the transport for a URL (the browser's WebSocket in the page, a scripted one in tests).
pub type Dial = fn(&str) -> Rc<dyn Transport>;

/// `start`, with the run's executor sending its remote connections through `transport`.
pub fn dialling(start: Start, transport: Rc<dyn Transport>) -> Start {
    Rc::new(move |executor, settings| {
        executor
            .driver::<Network>()
            .set_transport(Rc::clone(&transport));
        start(executor, settings)
    })
}

/// The slug of the lesson that offers the choice of network.
pub const OFFERING_LESSON: &str = "websocket-echo";

impl NetworkChoice {
    /// The choice a lesson opens with: the real server for the lesson that offers it, else the
    /// loopback.
    pub fn default_for(slug: &str) -> NetworkChoice {
        if slug == OFFERING_LESSON {
            NetworkChoice::Remote(DEFAULT_ECHO_URL.to_owned())
        } else {
            NetworkChoice::Loopback
        }
    }

    /// The choice as saved in local storage.
    pub fn to_saved(&self) -> String {
        match self {
            NetworkChoice::Loopback => "loopback".to_owned(),
            NetworkChoice::Remote(url) => format!("remote {url}"),
        }
    }

    /// A saved choice, or `None` when the text is not one.
    pub fn from_saved(text: &str) -> Option<NetworkChoice> {
        match text.split_once(' ') {
            Some(("remote", url)) => Some(NetworkChoice::Remote(url.to_owned())),
            None if text == "loopback" => Some(NetworkChoice::Loopback),
            _ => None,
        }
    }
}

/// How a lesson program names the server it dials.
const ADDRESS_CONSTANT: &str = "const ADDR: &str = \"";

/// `code` with its address constant (`const ADDR: &str = "…";`) set to `url`, so that what the
/// program prints is the address the page dials; `None` when the code has no such constant,
/// already names `url`, or `url` cannot sit in a plain string literal.
pub fn with_address(code: &str, url: &str) -> Option<String> {
    if url.contains(['"', '\\', '\n']) {
        return None;
    }
    let start = code.find(ADDRESS_CONSTANT)? + ADDRESS_CONSTANT.len();
    let end = start + code[start..].find('"')?;
    (code[start..end] != *url).then(|| format!("{}{url}{}", &code[..start], &code[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_constant_follows_the_chosen_server() {
        let code = "const ADDR: &str = \"ws://127.0.0.1:9001\";\nfn main() {}\n";
        assert_eq!(
            with_address(code, "wss://echo.example/ws").as_deref(),
            Some("const ADDR: &str = \"wss://echo.example/ws\";\nfn main() {}\n")
        );
        assert_eq!(
            with_address(code, "ws://127.0.0.1:9001"),
            None,
            "already so"
        );
        assert_eq!(with_address(code, "ws://x\"y"), None, "not a plain literal");
        assert_eq!(with_address("fn main() {}", "ws://a"), None, "no constant");
    }

    #[test]
    fn choices_survive_saving_and_junk_is_refused() {
        for choice in [
            NetworkChoice::Loopback,
            NetworkChoice::Remote("wss://echo.example/ws?x=1 2".to_owned()),
        ] {
            assert_eq!(NetworkChoice::from_saved(&choice.to_saved()), Some(choice));
        }
        assert_eq!(NetworkChoice::from_saved("remote"), None);
        assert_eq!(NetworkChoice::from_saved("teleport ws://x"), None);
        assert_eq!(
            NetworkChoice::default_for("websocket-echo"),
            NetworkChoice::Remote(DEFAULT_ECHO_URL.to_owned())
        );
        assert_eq!(
            NetworkChoice::default_for("loopback-tcp"),
            NetworkChoice::Loopback
        );
    }
}
