//! dateline: a news-corpus explorer whose core runs natively (the
//! `dateline` CLI) and in the browser (WebAssembly).
//!
//! The pipeline is a chain of pure functions over plain data:
//! bytes —[`read`]→ dated articles ([`Corpus`])
//! —[`report`]→ what the CLI prints and the page draws. Nothing here reads
//! the clock, the file system or the DOM; the CLI and `web` (the wasm
//! boundary, built for wasm32 only) do the I/O.

pub mod analysis;
pub mod chart;
pub mod discover;
pub mod entities;
pub mod events;
pub mod keyness;
pub mod load;
pub mod mentions;
mod names;
pub mod period;
pub mod query;
pub mod read;
pub mod reader;
pub mod report;
pub mod seeds;
pub mod sentiment;
pub mod tokens;
mod vocab;
#[cfg(all(target_arch = "wasm32", not(feature = "reader-module")))]
pub mod web;
#[cfg(all(target_arch = "wasm32", feature = "reader-module"))]
pub mod web_reader;
mod wire;

pub use read::corpus::{Article, Corpus, DateSource, SourceFile, Warning};
pub use read::dates::Day;
pub use report::Summary;

/// The corpus of the bundled seed pages.
pub fn seed_corpus() -> Corpus {
    Corpus::from_files(&seeds::files())
}
