//! Reading: the stages from a file's bytes to the corpus of dated
//! articles, one file each.
//!
//! ```text
//! bytes ─decode─▶ text ──────────segment──────────▶ articles ─┐
//!       └─────▶ HTML ─dom─▶ tree ─extract, meta─▶ article ───┤
//!                                      dates (a cascade) ◀───┴─▶ corpus
//! ```
//!
//! - [`decode`]: bytes to text (encodings, binary files, Markdown);
//! - [`dom`], [`extract`], [`meta`], [`html`]: a web page parsed as
//!   browsers parse it, its main text, and what it says about itself
//!   (title, byline, language, publication day) — one article per page
//!   (only with the `html` feature: the page's engine loads them as a
//!   module of their own);
//! - [`unwrap`]: hard-wrapped plain text (wire copy) back to paragraphs;
//! - [`segment`]: a page of plain text to its articles, with their header
//!   dates (a line scanner measures its lines);
//! - [`language`]: the language of a text, and how it writes numeric dates;
//! - [`dates`]: calendar days and the date expressions printed in pages;
//! - [`corpus`]: every file's articles with their days, from the strongest
//!   source ([`manifest`] reads `corpus.toml`).
//!
//! `read_file` runs the stages of one file up to its [`Page`]: its
//! articles as drafts, each with the day the file gives it; `corpus` adds
//! the file name and `corpus.toml`. Nothing here reads the file system or
//! the clock: callers pass bytes.

pub mod corpus;
pub mod dates;
pub mod decode;
#[cfg(feature = "html")]
pub mod dom;
#[cfg(feature = "html")]
pub mod extract;
#[cfg(feature = "html")]
pub mod html;
pub mod language;
pub(crate) mod linescan;
pub mod manifest;
#[cfg(feature = "html")]
pub mod meta;
pub mod segment;
pub mod unwrap;

use dates::{DateSource, DateValue, Published};
use decode::{Format, Refusal};

/// One article as a file gives it, before it has an id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// The headline, or the shortened first sentence when there is none.
    pub title: String,
    /// True when the title was made from the first sentence.
    pub title_derived: bool,
    /// Its text, clutter removed.
    pub paragraphs: Vec<String>,
    /// Words in the title (unless derived) and the paragraphs.
    pub words: usize,
    /// Who wrote it, as the page says (web pages).
    pub byline: Option<String>,
    /// The language tag the page gives (`en-GB`), if any.
    pub language: Option<String>,
    /// The publication day the file gives, or why it gives none.
    pub published: Published,
}

/// What one file holds: its articles, what went wrong on the way, and how
/// many of its words are in no article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// The articles, in order.
    pub articles: Vec<Draft>,
    /// Problems that did not stop the reading.
    pub warnings: Vec<String>,
    /// Words of the file's text in none of its articles: navigation,
    /// captions, copies, header lines, other stories.
    pub removed_words: usize,
}

/// Memory kept from one file to the next by a reader of many files.
#[derive(Default)]
pub(crate) struct Buffers {
    segment: segment::Buffers,
}

/// Reads one file (see the module notes): its bytes decoded, then read as
/// HTML, Markdown or plain text by its name and first bytes.
pub(crate) fn read_file(name: &str, bytes: &[u8], buffers: &mut Buffers) -> Result<Page, Refusal> {
    let (text, warnings) = decode::decode_borrowed(name, bytes)?;
    let mut page = match decode::format_of(name, &text) {
        Format::Html => html_page(&text)?,
        Format::Markdown => text_page(&decode::markdown_text(&text), buffers),
        Format::Plain => text_page(&unwrap::join_wrapped(&text), buffers),
    };
    if page.articles.is_empty() && text.trim().is_empty() {
        return Err(Refusal::Empty);
    }
    page.warnings.splice(0..0, warnings);
    Ok(page)
}

#[cfg(feature = "html")]
fn html_page(text: &str) -> Result<Page, Refusal> {
    Ok(html::read(text))
}

#[cfg(not(feature = "html"))]
fn html_page(_: &str) -> Result<Page, Refusal> {
    Err(Refusal::NoHtmlReader)
}

/// A page of plain text (or Markdown made plain) to its articles.
fn text_page(text: &str, buffers: &mut Buffers) -> Page {
    let (segments, removed) = segment::segment_counting_words(text, &mut buffers.segment);
    let articles = segments
        .into_iter()
        .map(|(seg, words)| Draft {
            published: match seg.header_date {
                None => Published::None,
                Some(line) => match line.value {
                    DateValue::Day(day) => Published::Day {
                        day,
                        source: DateSource::Text,
                        evidence: line.printed,
                    },
                    DateValue::Ambiguous {
                        month_first,
                        day_first,
                    } => Published::Unsure(format!(
                        "the header date '{}' is ambiguous ({month_first} or {day_first}); \
                         not used — give the day in corpus.toml",
                        line.printed
                    )),
                    DateValue::Invalid(why) => {
                        Published::Unsure(format!("header date {why}; not used"))
                    }
                },
            },
            title: seg.title,
            title_derived: seg.title_derived,
            paragraphs: seg.paragraphs,
            words,
            byline: None,
            language: None,
        })
        .collect();
    Page {
        articles,
        warnings: Vec::new(),
        removed_words: removed,
    }
}
