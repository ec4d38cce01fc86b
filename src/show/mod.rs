//! What is shown: the summary of a corpus ([`report`]), an article as the
//! reader shows it ([`reader`]) and the charts as SVG ([`chart`]). This
//! stage reads the corpus and the analyses' reports; nothing below it
//! imports it.

pub mod chart;
pub mod reader;
pub mod report;
