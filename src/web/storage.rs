//! The browser's localStorage, where each lesson's edited code and settings survive reloads.
//! Storage can be missing (private modes) or full; every failure is a message, never a panic,
//! and never loses what is on screen.

use web_sys::Storage;

/// The key prefix; bumping its version abandons old saved state instead of misreading it.
const PREFIX: &str = "async-playground/v1/";

fn storage() -> Result<Storage, String> {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .ok_or_else(|| {
            "this browser offers no local storage, so edits will not survive a reload".to_owned()
        })
}

/// The value saved under `key`, if any.
pub fn load(key: &str) -> Result<Option<String>, String> {
    storage()?
        .get_item(&format!("{PREFIX}{key}"))
        .map_err(|_| "the saved state could not be read from local storage".to_owned())
}

/// Saves `value` under `key`.
pub fn save(key: &str, value: &str) -> Result<(), String> {
    storage()?
        .set_item(&format!("{PREFIX}{key}"), value)
        .map_err(|_| {
            "local storage is full or disabled; your edit is kept on this page only".to_owned()
        })
}

/// Forgets what is saved under `key`.
pub fn remove(key: &str) -> Result<(), String> {
    storage()?
        .remove_item(&format!("{PREFIX}{key}"))
        .map_err(|_| "the saved state could not be removed from local storage".to_owned())
}
