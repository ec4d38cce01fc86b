//! Reading: the stages from a file's bytes to the corpus of dated
//! articles, one file each.
//!
//! ```text
//! bytes ─decode─▶ text ─segment─▶ articles ─┐
//!                                   dates ◀─┴─▶ corpus (+ manifest)
//! ```
//!
//! - [`decode`]: bytes to text (encodings, binary files, Markdown);
//! - [`html`]: an HTML page to its visible text;
//! - [`segment`]: a page of text to its articles, with their header dates
//!   (a line scanner measures its lines);
//! - [`dates`]: calendar days and the date expressions printed in pages;
//! - [`corpus`]: every file's articles with their days, from the strongest
//!   source ([`manifest`] reads `corpus.toml`).
//!
//! Nothing here reads the file system or the clock: callers pass bytes.

pub mod corpus;
pub mod dates;
pub mod decode;
pub mod html;
pub(crate) mod linescan;
pub mod manifest;
pub mod segment;
