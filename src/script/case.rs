//! Unicode case mapping as std's `to_lowercase` and `to_uppercase` of `str` and `char` do it,
//! for the interpreter's methods of those names. Both follow the Unicode standard's default full
//! case mappings (SpecialCasing without a language's tailoring: `ß` upper is `SS`, `İ` lower is
//! `i̇`) and, for a whole text, a capital sigma ending a word becomes `ς`. JavaScript's
//! `toLowerCase` and `toUpperCase` follow the same rules, so in the browser they do the work and
//! the bundle carries neither std's 24 KB of case tables nor the code that walks them; the
//! browser test `web_text` holds them to std's answer for every `char`. Natively it is std.

/// `text.to_lowercase()`.
pub fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    platform::lowercase(text)
}

/// `text.to_uppercase()`.
pub fn uppercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_uppercase();
    }
    platform::uppercase(text)
}

/// `c.to_lowercase().collect::<String>()`: alone, a sigma is never at the end of a word.
pub fn char_lowercase(c: char) -> String {
    lowercase(c.encode_utf8(&mut [0; 4]))
}

/// `c.to_uppercase().collect::<String>()`.
pub fn char_uppercase(c: char) -> String {
    uppercase(c.encode_utf8(&mut [0; 4]))
}

#[cfg(target_arch = "wasm32")]
mod platform {
    use js_sys::JsString;

    pub fn lowercase(text: &str) -> String {
        JsString::from(text).to_lower_case().into()
    }

    pub fn uppercase(text: &str) -> String {
        JsString::from(text).to_upper_case().into()
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod platform {
    pub fn lowercase(text: &str) -> String {
        text.to_lowercase()
    }

    pub fn uppercase(text: &str) -> String {
        text.to_uppercase()
    }
}
