//! Offering text as a file download (a `Blob` behind an object URL, clicked through a link that
//! never enters the document). It never decides what the file holds.

use std::time::Duration;

use wasm_bindgen::{JsCast, JsValue};

use super::later::later;

/// Starts the download of `text` as a file called `name` of media type `media_type`; an error
/// says why the browser would not.
pub fn download(name: &str, media_type: &str, text: &str) -> Result<(), String> {
    let failed = |_: JsValue| "the browser refused to make the file".to_owned();
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or("there is no document to download from")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(failed)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(failed)?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(failed)?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The browser reads the file after the click's task; the URL goes once it surely has.
    later(
        Duration::from_secs(60),
        Box::new(move || _ = web_sys::Url::revoke_object_url(&url)),
    );
    Ok(())
}
