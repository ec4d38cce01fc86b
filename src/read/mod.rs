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
pub mod tokens;
pub mod unwrap;
#[cfg(feature = "html")]
pub mod zone;

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
/// HTML, Markdown or plain text by its name and first bytes. An engine
/// built without the HTML reader takes a file the reader module read for
/// it ([`read_for_engine`]) as that.
pub(crate) fn read_file(name: &str, bytes: &[u8], buffers: &mut Buffers) -> Result<Page, Refusal> {
    if cfg!(not(feature = "html"))
        && let Some(read) = read_from_reader(bytes)
    {
        return read;
    }
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

/// The first bytes of a file the reader module read for an engine built
/// without the HTML reader ([`read_for_engine`]): a NUL first, so that no
/// file a user gives can pass for one (a file with NUL bytes is refused).
const READ_BY_READER: &[u8; 4] = b"\0DLP";

/// Reads a file as `read_file` does and writes the result for an engine
/// built without the HTML reader (the page's): `READ_BY_READER`, then the
/// page, or the reason the file was refused. The engine reads it back as
/// the page (or the refusal) its own reading would have given.
#[cfg(feature = "html")]
pub fn read_for_engine(name: &str, bytes: &[u8]) -> Vec<u8> {
    let mut out = READ_BY_READER.to_vec();
    match read_file(name, bytes, &mut Buffers::default()) {
        Ok(page) => {
            out.push(0);
            crate::wire::Wire::put(&page, &mut out);
        }
        Err(refusal) => {
            out.push(1);
            crate::wire::Wire::put(&refusal.to_string(), &mut out);
        }
    }
    out
}

/// The page (or refusal) in bytes [`read_for_engine`] wrote; `None` for any
/// other bytes.
fn read_from_reader(bytes: &[u8]) -> Option<Result<Page, Refusal>> {
    let rest = bytes.strip_prefix(READ_BY_READER)?;
    let (&kind, rest) = rest.split_first()?;
    let mut r = crate::wire::Reader::new(rest);
    let read = match kind {
        0 => <Page as crate::wire::Wire>::take(&mut r).map(Ok),
        1 => <String as crate::wire::Wire>::take(&mut r).map(|m| Err(Refusal::Reader(m))),
        _ => {
            return Some(Err(Refusal::Reader(
                "skipped: the HTML reader's result is damaged".into(),
            )));
        }
    };
    Some(match read {
        Ok(read) if r.is_empty() => read,
        _ => Err(Refusal::Reader(
            "skipped: the HTML reader's result is damaged".into(),
        )),
    })
}

crate::wire::wire_struct!(Page {
    articles,
    warnings,
    removed_words
});
crate::wire::wire_struct!(Draft {
    title,
    title_derived,
    paragraphs,
    words,
    byline,
    language,
    published,
});

impl crate::wire::Wire for Published {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            Published::None => out.push(0),
            Published::Day {
                day,
                source,
                evidence,
            } => {
                out.push(1);
                day.put(out);
                source.put(out);
                evidence.put(out);
            }
            Published::Unsure(why) => {
                out.push(2);
                why.put(out);
            }
        }
    }
    fn take(r: &mut crate::wire::Reader<'_>) -> Result<Self, crate::wire::Error> {
        use crate::wire::Wire;
        Ok(match u8::take(r)? {
            0 => Published::None,
            1 => Published::Day {
                day: Wire::take(r)?,
                source: Wire::take(r)?,
                evidence: Wire::take(r)?,
            },
            2 => Published::Unsure(Wire::take(r)?),
            _ => {
                return Err(crate::wire::Error(
                    "the HTML reader's result is damaged: an unknown date".into(),
                ));
            }
        })
    }
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
                         not used — set the day by hand (in the page's list of articles, \
                         or in corpus.toml)",
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

#[cfg(all(test, feature = "html"))]
mod tests {
    use super::*;

    #[test]
    fn what_the_reader_module_reads_is_what_the_engine_would_have_read() {
        let files: [(&str, &[u8]); 5] = [
            (
                "page.html",
                b"<html><head><meta property='article:published_time' content='2024-03-04T10:00:00+01:00'>\
                  <title>Farmers protest | Valley News</title></head><body><nav>Home</nav><h1>Farmers protest</h1>\
                  <p>Farmers drove their tractors into the town square on Monday, blocking traffic for hours.</p>\
                  <p>The regional council said it would meet their leaders later in the week.</p></body></html>",
            ),
            ("latin1.txt", b"Caf\xe9 reopens\n\nThe caf\xe9 on the square reopened after months of repairs.\n"),
            ("scan.pdf", b"%PDF-1.4 ..."),
            ("empty.txt", b""),
            ("nav.html", b"<nav><a href='/'>Home</a></nav>"),
        ];
        for (name, bytes) in files {
            let direct = read_file(name, bytes, &mut Buffers::default());
            let via = read_from_reader(&read_for_engine(name, bytes)).expect("reader bytes");
            match (&direct, &via) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{name}"),
                (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "{name}"),
                _ => panic!("{name}: {direct:?} / {via:?}"),
            }
        }
        // Damaged or cut bytes are a refusal, never a panic.
        let good = read_for_engine("page.html", files[0].1);
        for cut in [5, good.len() / 2, good.len() - 1] {
            assert!(
                matches!(
                    read_from_reader(&good[..cut]),
                    Some(Err(Refusal::Reader(_)))
                ),
                "{cut}"
            );
        }
        // Anything else is not the reader's.
        assert!(read_from_reader(b"plain text").is_none());
    }
}
