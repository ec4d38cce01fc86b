//! dateline: a news-corpus explorer whose core runs natively (the
//! `dateline` CLI) and in the browser (WebAssembly).
//!
//! The pipeline is a chain of pure functions over plain data:
//! bytes —[`read`]→ dated articles ([`Corpus`]) —[`analyse`]→ mentions,
//! tone, events, names —[`show`]→ what the CLI prints and the page draws. Nothing here reads
//! the clock, the file system or the DOM; the CLI and `web` (the wasm
//! boundary, built for wasm32 only) do the I/O.

pub mod analyse;
pub mod load;
pub mod read;
pub mod seeds;
pub mod session;
pub mod show;
#[cfg(all(target_arch = "wasm32", not(feature = "reader-module")))]
pub mod web;
#[cfg(all(target_arch = "wasm32", feature = "reader-module"))]
pub mod web_reader;
mod wire;

pub use read::corpus::{Article, Corpus, DateSource, SourceFile, Warning};
pub use read::dates::Day;
pub use show::report::Summary;

/// The corpus of the bundled seed pages.
pub fn seed_corpus() -> Corpus {
    Corpus::from_files(&seeds::files())
}
