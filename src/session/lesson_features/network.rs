//! Where a lesson's `ws://` connections go: the in-memory loopback (a stand-in echo task in the
//! program serves them) or a real WebSocket server at a URL the learner chose. A run over the
//! real network is live: its events arrive in real time and cannot be replayed, so stepping back
//! is off for it. It must never open a connection itself; the dial function given by the page
//! does.

use std::rc::Rc;

use crate::net::{Network, Transport};

use crate::session::run::Start;

/// Where the lesson 9 echo server is, by default: the one the serve and test commands start.
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

#[cfg(test)]
mod tests {
    use super::*;

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
