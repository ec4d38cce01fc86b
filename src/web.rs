//! The WebAssembly boundary: converts types and errors, nothing else.
//!
//! The page holds one [`Workspace`] (the corpus lives in Rust behind this
//! handle) and asks it for small values: a JSON-shaped report.

use crate::corpus::{Corpus, SourceFile};
use crate::report::Summary;
use wasm_bindgen::prelude::*;

/// The corpus being explored.
#[wasm_bindgen]
pub struct Workspace {
    corpus: Corpus,
}

#[wasm_bindgen]
impl Workspace {
    /// A workspace holding the bundled seed corpus.
    #[wasm_bindgen(js_name = withSeeds)]
    pub fn with_seeds() -> Workspace {
        Workspace {
            corpus: crate::seed_corpus(),
        }
    }

    /// A workspace from files: `names[i]` is the path of `contents[i]`.
    #[wasm_bindgen(js_name = fromFiles)]
    pub fn from_files(
        names: Vec<String>,
        contents: Vec<js_sys::Uint8Array>,
    ) -> Result<Workspace, JsError> {
        if names.len() != contents.len() {
            return Err(JsError::new(
                "fromFiles: one name per file content is needed",
            ));
        }
        let files: Vec<SourceFile> = names
            .into_iter()
            .zip(contents)
            .map(|(name, bytes)| SourceFile {
                name,
                bytes: bytes.to_vec(),
            })
            .collect();
        Ok(Workspace {
            corpus: Corpus::from_files(&files),
        })
    }

    /// The summary report (same shape as `dateline summary --json`).
    pub fn summary(&self) -> Result<JsValue, JsError> {
        let s = Summary::of(&self.corpus);
        s.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(|e| JsError::new(&format!("summary: {e}")))
    }
}

use serde::Serialize;
