//! What is shown: the summary of a corpus ([`report`]), an article as the
//! reader shows it ([`reader`]), the charts as SVG ([`chart`]) and as files
//! that say what they show ([`file`](mod@file)). This
//! stage reads the corpus and the analyses' reports; nothing below it
//! imports it.

pub mod chart;
pub mod file;
pub mod reader;
pub mod report;
