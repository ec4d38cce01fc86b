//! The analyses: what the corpus's articles say, counted.
//!
//! The words: queries ([`query`]), the entities a list names
//! ([`entities`]) or the text shows ([`discover`]), each distinct word's
//! facts (`vocab`, with `names` for strings by id); the analyses, each
//! holding its own rules: mentions ([`mentions`]), tone ([`sentiment`]),
//! dated events ([`events`]), what stands out in a period ([`keyness`]),
//! and calendar periods ([`period`]). [`analysis`] alone runs the one pass
//! over the sentences that feeds mentions, tone and events; none of those
//! imports it. This stage reads [`crate::read`]'s corpus and never imports
//! [`crate::show`].

pub mod analysis;
pub mod discover;
pub mod entities;
pub mod events;
pub mod keyness;
pub mod mentions;
pub(crate) mod names;
pub mod period;
pub mod query;
pub mod sentiment;
pub(crate) mod vocab;
