//! What lesson programs import with `use async_playground::prelude::*;`: `spawn`, `yield_now`,
//! `sleep`, the network (loopback, or a real server in the page), and a `println!` that records output per task (shadowing std's
//! through the glob import). It must never hold logic of its own; it only re-exports.

pub use crate::executor::transcript::block_on;
pub use crate::executor::{sleep, spawn, yield_now, Executor, JoinHandle};
pub use crate::net::{NetError, TcpListener, TcpStream};

/// Prints a line like std's `println!`; inside a running executor the line is recorded as output
/// of the current task (see `Executor::output`) instead of going to stdout.
#[doc(hidden)]
#[macro_export]
macro_rules! __playground_println {
    () => {
        $crate::executor::print_line(::std::string::String::new())
    };
    ($($arg:tt)*) => {
        $crate::executor::print_line(::std::format!($($arg)*))
    };
}

#[doc(inline)]
pub use crate::__playground_println as println;
