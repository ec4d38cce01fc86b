//! The HTML reader's WebAssembly boundary: a module of its own.
//!
//! The page's engine is built without the HTML reader (html5ever, the
//! encodings, the main-text extractor), so that the bundled corpus starts
//! fast; a worker that is handed a web page, or a text in a legacy
//! encoding, loads this module and gives the engine what it read
//! ([`crate::read::read_for_engine`]). Conversions only.

use wasm_bindgen::prelude::*;

/// Reads one file as the CLI reads it, for the engine: its page, or why it
/// was refused, as bytes the engine takes in place of the file's.
#[wasm_bindgen(js_name = readForEngine)]
pub fn read_for_engine(name: &str, bytes: &[u8]) -> Vec<u8> {
    crate::read::read_for_engine(name, bytes)
}
