//! The float functions of the interpreter's `f64` and `f32` methods that std leaves to the
//! platform's math library (`sin`, `exp`, `powf`, ...): std promises no exact result for them,
//! and rustc's native and wasm builds already differ in their last bit. In the browser they are
//! JavaScript's `Math`, so the bundle carries no copy of that library; `tests/web_text.rs` holds
//! them to within one unit in the last place of Rust's wasm results (neither rounds every result
//! exactly: the engine's `exp(1.0)` is e rounded to nearest, Rust's wasm one is a unit above).
//! Natively they are std's.

/// `x.powf(y)`. JavaScript answers NaN for 1 to the power NaN and for ±1 to ±∞, where std (as
/// C) answers 1; that is kept.
pub fn powf(x: f64, y: f64) -> f64 {
    if x == 1.0 || (x == -1.0 && y.is_infinite()) {
        return 1.0;
    }
    platform::powf(x, y)
}

#[cfg(target_arch = "wasm32")]
mod platform {
    pub use js_sys::Math::{atan2, cbrt, cos, exp, log as ln, log10, log2, pow as powf, sin, tan};
}

#[cfg(not(target_arch = "wasm32"))]
mod platform {
    pub fn powf(x: f64, y: f64) -> f64 {
        x.powf(y)
    }
    pub fn atan2(y: f64, x: f64) -> f64 {
        y.atan2(x)
    }
    pub fn cbrt(x: f64) -> f64 {
        x.cbrt()
    }
    pub fn cos(x: f64) -> f64 {
        x.cos()
    }
    pub fn exp(x: f64) -> f64 {
        x.exp()
    }
    pub fn ln(x: f64) -> f64 {
        x.ln()
    }
    pub fn log10(x: f64) -> f64 {
        x.log10()
    }
    pub fn log2(x: f64) -> f64 {
        x.log2()
    }
    pub fn sin(x: f64) -> f64 {
        x.sin()
    }
    pub fn tan(x: f64) -> f64 {
        x.tan()
    }
}

pub use platform::{atan2, cbrt, cos, exp, ln, log10, log2, sin, tan};
