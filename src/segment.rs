//! A page of text to its articles: titles, bodies and header dates.
//!
//! A raw page may hold several articles and a good deal of clutter. The
//! rules, in the order they apply (each is tested below on text of its own):
//!
//! 1. **Lines.** The page is read line by line; white space is collapsed and
//!    empty lines ignored.
//! 2. **Clutter lines** go wherever they are: site navigation ("Skip to
//!    content", "Share", "Read more", "News"…), "N min read", bare domains and
//!    URLs, lines without a letter or digit (❌, •), RSS footers ("The post …
//!    appeared first on …"), promotional lines with a link ("Follow AP's
//!    coverage at https://…") and photo captions (a credit such as "(AP
//!    Photo/…)", "Photo courtesy of …", "… / AP", or an AP "FILE - " caption).
//! 3. **Article headers.** A *date line* (see [`crate::dates::date_line`])
//!    right after a title line (skipping up to two short lines such as a
//!    byline) starts an article: a feed page is a run of title + date
//!    headers. Text before the first header becomes an article only if it
//!    holds prose; otherwise it is page furniture.
//! 4. **Wire datelines.** A paragraph that opens with a dateline
//!    ("ALEPPO, Syria (AP) — …") starts a new article when the current one
//!    already had its dateline, or when it opens with an agency dateline
//!    after three paragraphs of prose: the "recommended" story glued below
//!    an agency story. Its title is its first sentence, shortened.
//! 5. **Headers.** Between the title and the first paragraph of prose,
//!    copies of the title, date lines, bylines and other short lines (≤ 3
//!    words: section labels, "Updated on") are dropped; a longer line (a
//!    subtitle) is kept as text. The first date line there is the header
//!    date; dates in the body or in captions never are.
//! 6. **Repeats.** Every copy of the title is dropped. Two adjacent equal
//!    paragraphs (or one that repeats the other with a credit glued on) are a
//!    photo caption printed twice: both go. A later exact repeat of an
//!    earlier paragraph goes.
//! 7. **Lists of other stories.** After "More stories", "Related Stories",
//!    "Recommended Articles" and the like, nothing is article text until the
//!    next header or wire dateline. At the end of an article, trailing
//!    headline-like lines (no closing punctuation) go, and so does a trailing
//!    run of two or more teasers (a headline followed by one paragraph, as in
//!    a bilingual teaser for another story).
//!
//! This module does not decide a date's source (file name, manifest): that is
//! `corpus`.

use crate::dates::{self, DateLine};
use std::collections::HashSet;

/// One article as found in a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// The headline, or the shortened first sentence when the page has none.
    pub title: String,
    /// Paragraphs of article text, clutter removed.
    pub paragraphs: Vec<String>,
    /// The date line of the article's header, if it had one.
    pub header_date: Option<DateLine>,
    /// True when the title was made from the first sentence of the text
    /// (so it is not extra text).
    pub title_derived: bool,
}

/// Words in a line as [`page_lines`] leaves it (single spaces between
/// words); a fast count, since it runs on every line several times.
fn words(s: &str) -> usize {
    let s = s.trim();
    if s.is_empty() {
        0
    } else {
        1 + s.bytes().filter(|&b| b == b' ').count()
    }
}

/// Lower-cased, without trailing punctuation, for comparing lines.
fn key(s: &str) -> String {
    s.trim_end_matches(|c: char| c.is_ascii_punctuation() || c == '»' || c == '›')
        .trim()
        .to_lowercase()
}

/// Navigation lines (besides [`LIST_MARKERS`], which are clutter too).
const NAV: &[&str] = &[
    "skip to content",
    "skip to main content",
    "skip to navigation",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on x",
    "share on twitter",
    "read more",
    "read full article",
    "continue reading",
    "related",
    "trending",
    "no stories found",
    "normal view",
    "advertisement",
    "ad",
    "sponsored",
    "sponsored content",
    "subscribe",
    "subscribe now",
    "sign in",
    "sign up",
    "log in",
    "login",
    "register",
    "menu",
    "search",
    "home",
    "news",
    "print",
    "email",
    "copy link",
    "link copied",
    "comments",
    "comment",
    "follow us",
    "newsletter",
    "listen",
    "listen to this article",
    "updated on",
    "published on",
    "close",
    "back to top",
    "tweet",
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "reddit",
    "telegram",
    "feature image",
    "image",
    "photo",
    "video",
    "watch",
    "also read",
    "see also",
    "loading",
    "leer más",
    "compartir",
];

/// Markers after which a page lists other stories.
const LIST_MARKERS: &[&str] = &[
    "more stories",
    "recommended articles",
    "recommended",
    "recommended stories",
    "related stories",
    "related articles",
    "related content",
    "read next",
    "you may also like",
    "most read",
    "most popular",
    "top stories",
    "latest news",
    "trending now",
    "more from",
    "editor's picks",
    "noticias relacionadas",
    "te puede interesar",
];

fn is_url_or_domain(t: &str) -> bool {
    if t.contains(char::is_whitespace) {
        return false;
    }
    let lower = t.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.") {
        return true;
    }
    let host = lower.split('/').next().unwrap_or("");
    let mut parts = host.rsplit('.');
    let tld = parts.next().unwrap_or("");
    parts.next().is_some_and(|p| !p.is_empty())
        && (2..=6).contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_lowercase())
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
}

/// A line that is never article text, wherever it stands.
pub fn is_clutter(line: &str) -> bool {
    if !line.chars().any(char::is_alphanumeric) {
        return true;
    }
    let n = words(line);
    if n <= 8 {
        let k = key(line);
        if NAV.contains(&k.as_str())
            || LIST_MARKERS.contains(&k.as_str())
            || k.starts_with("skip to ")
        {
            return true;
        }
        // "2 min read", "5 minute read", "3 min"
        let w: Vec<&str> = k.split_whitespace().collect();
        if (2..=3).contains(&w.len())
            && w[0].bytes().all(|b| b.is_ascii_digit())
            && matches!(w[1], "min" | "mins" | "minute" | "minutes")
            && w.get(2).is_none_or(|x| *x == "read")
        {
            return true;
        }
        if is_url_or_domain(line) {
            return true;
        }
    }
    // ASCII lower-casing only: the patterns are ASCII, and it is far cheaper
    // than Unicode lower-casing on every line of every page.
    let lower = line.to_ascii_lowercase();
    if lower.starts_with("the post ") && lower.contains(" appeared first on ") {
        return true;
    }
    let has_link =
        lower.contains("http://") || lower.contains("https://") || lower.contains("www.");
    const PROMO: &[&str] = &[
        "follow ",
        "subscribe",
        "sign up",
        "download",
        "click",
        "visit",
        "read ",
        "watch ",
        "listen",
    ];
    if has_link && n <= 25 && PROMO.iter().any(|p| lower.starts_with(p)) {
        return true;
    }
    caption_lower(lower.trim())
}

/// A photo caption or credit line.
pub fn is_caption(line: &str) -> bool {
    caption_lower(&line.trim().to_ascii_lowercase())
}

fn caption_lower(t: &str) -> bool {
    const INSIDE: &[&str] = &[
        "(ap photo",
        "(photo:",
        "(photo by",
        "(foto:",
        "photo courtesy",
        "(reuters/",
        "reuters/",
        "(afp",
        "afp via getty",
        "getty images",
        "(efe/",
        "(bloomberg",
        "photo illustration",
    ];
    const STARTS: &[&str] = &[
        "photo:",
        "photo by ",
        "photograph:",
        "image:",
        "credit:",
        "foto:",
        "file - ",
        "file photo",
        "caption:",
    ];
    const ENDS: &[&str] = &[
        "/ ap",
        "/ap",
        "/ reuters",
        "/ afp",
        "/ getty images",
        "/ efe",
        "/ bloomberg",
    ];
    INSIDE.iter().any(|p| t.contains(p))
        || STARTS.iter().any(|p| t.starts_with(p))
        || ENDS.iter().any(|p| t.ends_with(p))
}

fn is_list_marker(line: &str) -> bool {
    words(line) <= 3 && LIST_MARKERS.contains(&key(line).as_str())
}

fn ends_like_sentence(t: &str) -> bool {
    t.trim_end()
        .ends_with(['.', '!', '?', '…', '"', '”', '’', ')', '»', ':', ';'])
}

/// A paragraph of running text.
fn is_prose(t: &str) -> bool {
    let n = words(t);
    n >= 20 || (n >= 6 && ends_like_sentence(t))
}

/// Share of words of four or more letters that start with a capital.
fn title_case_share(t: &str) -> f32 {
    let long: Vec<&str> = t
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    if long.is_empty() {
        return 0.0;
    }
    let caps = long
        .iter()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        })
        .count();
    caps as f32 / long.len() as f32
}

/// A line that reads like a headline: short, and either without closing
/// punctuation (a question or exclamation is fine) or in Title Case.
fn is_headline(t: &str) -> bool {
    let n = words(t);
    if n == 0 || n > 25 {
        return false;
    }
    let trimmed = t.trim_end();
    !trimmed.ends_with(['.', ';', ',', ':', '"', '”', ')'])
        || (n <= 20 && title_case_share(t) >= 0.75)
}

/// A wire dateline at the start of a paragraph: an all-capitals place,
/// optionally ", Region" and "(Agency)", then a dash. Returns whether an
/// agency was named and the byte length of the dateline.
fn wire_dateline(t: &str) -> Option<(bool, usize)> {
    let dash = t
        .char_indices()
        .take(80)
        .find(|&(_, c)| c == '—' || c == '–')?;
    let head = t[..dash.0].trim_end();
    if head.is_empty() || !t[dash.0 + dash.1.len_utf8()..].starts_with(' ') {
        return None;
    }
    let (head, agency) = match head.strip_suffix(')') {
        Some(h) => {
            let open = h.rfind('(')?;
            let agency = &h[open + 1..];
            if agency.is_empty()
                || agency.len() > 12
                || !agency
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ' || c == '.')
            {
                return None;
            }
            (h[..open].trim_end(), true)
        }
        None => (head, false),
    };
    let place = head.split(',').next()?.trim();
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    let caps_ok = letters >= 3
        && place
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-'));
    if !caps_ok {
        return None;
    }
    if let Some((_, region)) = head.split_once(',') {
        let region = region.trim();
        if region.is_empty()
            || words(region) > 4
            || !region.chars().next().is_some_and(char::is_uppercase)
        {
            return None;
        }
    }
    Some((agency, dash.0 + dash.1.len_utf8()))
}

/// A title made from the first sentence of a paragraph (dateline removed),
/// cut at a word boundary near 90 characters.
fn derived_title(paragraph: &str) -> String {
    let text = match wire_dateline(paragraph) {
        Some((_, len)) => paragraph[len..].trim(),
        None => paragraph.trim(),
    };
    let sentence_end = text
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '.' | '!' | '?')
                && text[i + 1..].starts_with(' ')
                && i > 20
                && !text[..i].ends_with(|ch: char| ch.is_uppercase())
        })
        .map_or(text.len(), |(i, c)| i + c.len_utf8());
    let sentence = &text[..sentence_end];
    if sentence.chars().count() <= 90 {
        return sentence.to_string();
    }
    let mut cut = String::new();
    for w in sentence.split_whitespace() {
        if cut.chars().count() + w.chars().count() + 1 > 88 {
            break;
        }
        if !cut.is_empty() {
            cut.push(' ');
        }
        cut.push_str(w);
    }
    cut.push('…');
    cut
}

/// The lines of a page: trimmed, white space collapsed, empty ones gone.
fn page_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| {
            l.split(|c: char| c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}')
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|l| !l.is_empty())
        .collect()
}

/// An article header: its first line, its title line and its date line.
struct Anchor {
    start: usize,
    title: usize,
    date: usize,
    line: DateLine,
}

/// Headers where the title comes first ("Title / By X / 3 January 2026"),
/// else — for a feed laid out the other way round — at least two headers
/// where the date line comes first and a headline follows it.
fn find_anchors(lines: &[String]) -> Vec<Anchor> {
    let title_first = title_first_anchors(lines);
    if !title_first.is_empty() {
        return title_first;
    }
    let date_first = date_first_anchors(lines);
    if date_first.len() >= 2 {
        date_first
    } else {
        Vec::new()
    }
}

fn is_title_line(c: &str) -> bool {
    is_headline(c) && words(c) >= 2 && !is_prose(c) && dates::date_line(c).is_none()
}

fn title_first_anchors(lines: &[String]) -> Vec<Anchor> {
    let mut anchors: Vec<Anchor> = Vec::new();
    for (j, l) in lines.iter().enumerate() {
        let Some(line) = dates::date_line(l) else {
            continue;
        };
        let floor = anchors.last().map_or(0, |a| a.date + 1);
        // Look back over at most two short lines (a byline, "Updated on").
        let mut k = j;
        let mut skipped = 0;
        let title = loop {
            if k == floor {
                break None;
            }
            k -= 1;
            let c = &lines[k];
            if is_clutter(c) {
                continue;
            }
            let byline = words(c) <= 8 && key(c).starts_with("by ");
            if !byline && is_headline(c) && words(c) >= 2 && dates::date_line(c).is_none() {
                break Some(k);
            }
            if (byline || words(c) <= 4) && skipped < 2 {
                skipped += 1;
                continue;
            }
            break None;
        };
        if let Some(title) = title {
            anchors.push(Anchor {
                start: title,
                title,
                date: j,
                line,
            });
        }
    }
    anchors
}

fn date_first_anchors(lines: &[String]) -> Vec<Anchor> {
    let mut anchors = Vec::new();
    for (j, l) in lines.iter().enumerate() {
        let Some(line) = dates::date_line(l) else {
            continue;
        };
        let next = (j + 1..lines.len()).find(|&k| !is_clutter(&lines[k]));
        if let Some(title) = next.filter(|&k| is_title_line(&lines[k])) {
            anchors.push(Anchor {
                start: j,
                title,
                date: j,
                line,
            });
        }
    }
    anchors
}

/// Splits a page into articles. Never panics; a page with no recognisable
/// structure is one article titled by its first line or sentence.
pub fn segment(text: &str) -> Vec<Segment> {
    segment_lines(&page_lines(text))
}

/// [`segment`], and the number of words of the page that are in none of
/// its articles (navigation, captions, copies, header dates, bylines, lists
/// of other stories): only the lines left out are counted.
pub fn segment_counting_removed(text: &str) -> (Vec<Segment>, usize) {
    let lines = page_lines(text);
    let segments = segment_lines(&lines);
    let mut kept: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
    for s in &segments {
        if !s.title_derived {
            *kept.entry(s.title.as_str()).or_default() += 1;
        }
        for p in &s.paragraphs {
            *kept.entry(p.as_str()).or_default() += 1;
        }
    }
    let removed = lines
        .iter()
        .filter(|l| match kept.get_mut(l.as_str()) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .map(|l| crate::tokens::count_words(l))
        .sum();
    (segments, removed)
}

fn segment_lines(lines: &[String]) -> Vec<Segment> {
    let anchors = find_anchors(lines);
    let mut out = Vec::new();
    let first = anchors.first().map_or(lines.len(), |a| a.start);
    // Text before the first header: an article only if it has prose that is
    // not a copy of the first title.
    let first_title_key = anchors.first().map(|a| key(&lines[a.title]));
    let preamble: Vec<&String> = lines[..first]
        .iter()
        .filter(|l| !is_clutter(l) && Some(key(l)) != first_title_key)
        .collect();
    if anchors.is_empty() || preamble.iter().any(|l| is_prose(l)) {
        read_range(&lines[..first], None, &mut out);
    }
    for (n, a) in anchors.iter().enumerate() {
        let end = anchors.get(n + 1).map_or(lines.len(), |b| b.start);
        let header = Some((lines[a.title].clone(), a.line.clone()));
        // Everything from the header on but its title and date lines.
        let rest: Vec<String> = (a.start..end)
            .filter(|&i| i != a.title && i != a.date)
            .map(|i| lines[i].clone())
            .collect();
        read_range(&rest, header, &mut out);
    }
    out
}

/// Article under construction.
struct Draft {
    title: Option<String>,
    title_key: String,
    paragraphs: Vec<String>,
    header_date: Option<DateLine>,
    in_header: bool,
    had_dateline: bool,
    prose: usize,
}

impl Draft {
    fn new(title: Option<String>, header_date: Option<DateLine>) -> Draft {
        Draft {
            title_key: title.as_deref().map(key).unwrap_or_default(),
            title,
            paragraphs: Vec::new(),
            header_date,
            in_header: true,
            had_dateline: false,
            prose: 0,
        }
    }

    fn finish(mut self, out: &mut Vec<Segment>) {
        drop_repeats(&mut self.paragraphs);
        trim_tail(&mut self.paragraphs);
        if self.title.is_none() && self.paragraphs.is_empty() {
            return;
        }
        let title_derived = self.title.is_none();
        let title = match self.title {
            Some(t) => t,
            None => derived_title(&self.paragraphs[0]),
        };
        out.push(Segment {
            title_derived,
            title,
            paragraphs: self.paragraphs,
            header_date: self.header_date,
        });
    }
}

fn read_range(lines: &[String], header: Option<(String, DateLine)>, out: &mut Vec<Segment>) {
    let (title, date) = match header {
        Some((t, d)) => (Some(t), Some(d)),
        None => (None, None),
    };
    let mut d = Draft::new(title, date);
    let mut in_list = false;
    let pairs = adjacent_copies(lines);
    for (l, _) in lines.iter().zip(&pairs).filter(|(_, copy)| !**copy) {
        let prose = is_prose(l);
        if is_list_marker(l) {
            in_list = true;
            continue;
        }
        if is_clutter(l) {
            continue;
        }
        let dateline = wire_dateline(l);
        if in_list && dateline.is_none() {
            continue;
        }
        if d.title.is_some() && l.len() <= d.title_key.len() + 8 && key(l) == d.title_key {
            continue;
        }
        if d.in_header {
            if let Some(dl) = dates::date_line(l) {
                if d.header_date.is_none() {
                    d.header_date = Some(dl);
                }
                continue;
            }
            if d.title.is_none() && !prose && is_headline(l) && words(l) >= 2 {
                d.title_key = key(l);
                d.title = Some(l.clone());
                continue;
            }
            let n = words(l);
            if n <= 3 || (n <= 8 && key(l).starts_with("by ")) {
                continue;
            }
            if !prose {
                d.paragraphs.push(l.clone());
                continue;
            }
            d.in_header = false;
        }
        if let Some((agency, _)) = dateline {
            let starts_new = d.had_dateline || (agency && d.prose >= 3) || in_list;
            if starts_new && (d.prose > 0 || in_list) {
                let prev = std::mem::replace(&mut d, Draft::new(None, None));
                prev.finish(out);
                d.in_header = false;
                in_list = false;
            }
            d.had_dateline = true;
        }
        if prose {
            d.prose += 1;
        }
        d.paragraphs.push(l.clone());
    }
    d.finish(out);
}

/// Rule 6, first half: marks adjacent prose lines that are copies of each
/// other (exact, or one the other plus a short glued credit such as "Read
/// moreJane Roe / AP"): a caption printed twice. Short headline copies are
/// left to the title rule.
fn adjacent_copies(lines: &[String]) -> Vec<bool> {
    let near_copy = |a: &str, b: &str| {
        let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
        is_prose(short)
            && (short == long
                || (short.len() >= 30 && long.starts_with(short) && long.len() - short.len() <= 80))
    };
    let mut drop = vec![false; lines.len()];
    for i in 1..lines.len() {
        if !drop[i - 1] && near_copy(&lines[i - 1], &lines[i]) {
            drop[i - 1] = true;
            drop[i] = true;
        }
    }
    drop
}

/// Rule 6, second half: a later exact repeat of a paragraph goes.
fn drop_repeats(paras: &mut Vec<String>) {
    let mut drop = vec![false; paras.len()];
    let mut seen: HashSet<&str> = HashSet::new();
    for (i, p) in paras.iter().enumerate() {
        if !drop[i] && !seen.insert(p.as_str()) {
            drop[i] = true;
        }
    }
    let mut i = 0;
    paras.retain(|_| {
        let keep = !drop[i];
        i += 1;
        keep
    });
}

/// Rule 7, end of an article: trailing headline-like lines, then a trailing
/// run of two or more (headline, one paragraph) teasers.
fn trim_tail(paras: &mut Vec<String>) {
    while paras
        .last()
        .is_some_and(|p| !ends_like_sentence(p) && is_headline(p) && paras.len() > 1)
    {
        paras.pop();
    }
    let n = paras.len();
    let mut pairs = 0;
    while n > 2 * (pairs + 1) {
        let body = &paras[n - 2 * pairs - 1];
        let head = &paras[n - 2 * pairs - 2];
        if is_prose(body) && is_headline(head) {
            pairs += 1;
        } else {
            break;
        }
    }
    if pairs >= 2 {
        paras.truncate(n - 2 * pairs);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::{DateValue, Day};

    fn day(s: &str) -> DateValue {
        DateValue::Day(Day::parse_iso(s).expect("valid"))
    }

    const P1: &str =
        "The minister said on Tuesday that the talks would resume next week in the capital.";
    const P2: &str =
        "Opposition leaders called the decision a mistake and asked for a vote in congress.";
    const P3: &str =
        "Farmers in the north have waited for the new roads for more than a decade now.";
    const P4: &str =
        "Officials did not say how much the programme would cost or who would pay for it.";

    #[test]
    fn feed_pages_split_on_title_and_date_headers() {
        let page = format!(
            "Normal view\n\nPort strike ends after talks\n\n12 March 2024 at 09:10\n\n{P1}\n\n{P2}\n\n\
             Rains flood the valley\nBy Ana Ruiz\nMarch 11, 2024\n{P3}\n{P4}\n"
        );
        let segs = segment(&page);
        assert_eq!(segs.len(), 2, "{segs:#?}");
        assert_eq!(segs[0].title, "Port strike ends after talks");
        assert_eq!(segs[0].paragraphs, [P1, P2]);
        assert_eq!(
            segs[0].header_date.as_ref().map(|d| d.value.clone()),
            Some(day("2024-03-12"))
        );
        assert_eq!(segs[1].title, "Rains flood the valley");
        assert_eq!(segs[1].paragraphs, [P3, P4]);
        assert_eq!(
            segs[1].header_date.as_ref().map(|d| d.printed.as_str()),
            Some("March 11, 2024")
        );
    }

    #[test]
    fn feeds_with_the_date_above_the_title_split_too() {
        let page = format!(
            "Latest\nMon 11 March 2024\nPort strike ends after talks\n{P1}\n{P2}\n\
             Sun 10 March 2024\nRains flood the valley\n{P3}\n{P4}\n"
        );
        let segs = segment(&page);
        assert_eq!(segs.len(), 2, "{segs:#?}");
        assert_eq!(segs[0].title, "Port strike ends after talks");
        assert_eq!(segs[0].paragraphs, [P1, P2]);
        assert_eq!(segs[1].title, "Rains flood the valley");
        assert_eq!(
            segs[1].header_date.as_ref().map(|d| d.value.clone()),
            Some(day("2024-03-10"))
        );
        // One date above one title is simply a header.
        let one = format!("March 11, 2024\nPort strike ends after talks\n{P1}\n");
        let segs = segment(&one);
        assert_eq!(segs.len(), 1);
        assert_eq!(segs[0].title, "Port strike ends after talks");
        assert_eq!(
            segs[0].header_date.as_ref().map(|d| d.value.clone()),
            Some(day("2024-03-11"))
        );
    }

    #[test]
    fn a_second_wire_dateline_starts_a_recommended_story() {
        let page = format!(
            "Mayor resigns\n\n2024-05-02 10:00\n\nLIMA, Peru (AP) — {P1}\n\n{P2}\n\n\
             The mayor waves in Lima, Peru, May 1, 2024. (AP Photo/Jane Roe)\n\n\
             The mayor waves in Lima, Peru, May 1, 2024. (AP Photo/Jane Roe)\n\n\
             QUITO, Ecuador (Reuters) — {P3}\n\n{P4}\n\nRecommended Articles\nSome other headline\n"
        );
        let segs = segment(&page);
        assert_eq!(segs.len(), 2, "{segs:#?}");
        assert_eq!(segs[0].paragraphs.len(), 2);
        assert!(segs[0].paragraphs[0].starts_with("LIMA, Peru (AP) —"));
        assert!(segs[1].paragraphs[0].starts_with("QUITO"));
        assert_eq!(
            segs[1].title,
            "Farmers in the north have waited for the new roads for more than a decade now."
        );
        assert!(
            segs[1].header_date.is_none(),
            "a caption date is not a header date"
        );
    }

    #[test]
    fn an_agency_dateline_after_prose_starts_a_new_story() {
        let page = format!("Markets rally\n\n{P1}\n{P2}\n{P3}\nBERLIN (dpa) — {P4}\n");
        let segs = segment(&page);
        assert_eq!(segs.len(), 2);
        assert_eq!(segs[0].paragraphs, [P1, P2, P3]);
        // A plain dateline opening a story is not a split.
        let one = format!("Markets rally\n\nBOGOTÁ — {P1}\n{P2}\n");
        assert_eq!(segment(&one).len(), 1);
    }

    #[test]
    fn header_clutter_and_title_copies_are_dropped_and_subtitles_kept() {
        let page = format!(
            "Skip to Content Facebook Feature Image\nBridge reopens\nNews\nBridge reopens\n\
             Traffic returns after two years of repairs\nBridge reopens\nJOHN DOE\nUpdated on\n2 min read\n\
             {P1}\nShare\nRead more\n{P2}\nBridge reopens\n"
        );
        let segs = segment(&page);
        assert_eq!(segs.len(), 1, "{segs:#?}");
        assert_eq!(segs[0].title, "Bridge reopens");
        assert_eq!(
            segs[0].paragraphs,
            ["Traffic returns after two years of repairs", P1, P2]
        );
        assert!(segs[0].header_date.is_none());
    }

    #[test]
    fn captions_printed_twice_and_credits_are_dropped() {
        let cap = "Supporters attend a rally in the main square of the city on Wednesday.";
        let page = format!(
            "Crowds gather\n{cap}\n{cap}Read moreJane Roe / AP\n{P1}\n\
             Arrested leader. Photo courtesy of X\n{P2}\n\
             FILE - The flags decorate the table, Nov. 29, 2022, in Washington.\n"
        );
        let segs = segment(&page);
        assert_eq!(segs[0].paragraphs, [P1, P2]);
        // A pull quote repeating an earlier paragraph keeps the first copy.
        let page = format!("Crowds gather\n{P1}\n{P2}\n{P3}\n{P1}\n{P4}\n");
        assert_eq!(segment(&page)[0].paragraphs, [P1, P2, P3, P4]);
    }

    #[test]
    fn story_lists_teasers_and_footers_are_not_article_text() {
        let page = format!(
            "Election set for May\n{P1}\n{P2}\n\
             Ciudad espera la lluvia\n\
             La ciudad espera la lluvia desde hace meses y los agricultores piden ayuda al gobierno.\n\
             City Waits for the Rain. Farmers Ask for Help.\n\
             The city has waited for rain for months and farmers are asking the government for help.\n\
             Another Headline About Something\nYet Another Headline Here\n\
             Related Stories\nNo stories found.\nexample-news.com\n\
             The post Election set for May appeared first on Example News.\n❌\n"
        );
        let segs = segment(&page);
        assert_eq!(segs.len(), 1, "{segs:#?}");
        assert_eq!(segs[0].paragraphs, [P1, P2]);
        let page = format!("Election set for May\n{P1}\nMORE STORIES\nOther story one\n{P3}\n");
        assert_eq!(segment(&page)[0].paragraphs, [P1]);
    }

    #[test]
    fn subheadings_inside_a_body_are_kept() {
        let page =
            format!("Explainer\n{P1}\nWhat happens next?\n{P2}\n{P3}\nThe road ahead\n{P4}\n");
        assert_eq!(
            segment(&page)[0].paragraphs,
            [P1, "What happens next?", P2, P3, "The road ahead", P4]
        );
    }

    #[test]
    fn a_page_without_headers_or_prose_is_still_read() {
        let segs = segment("Headline words here\nIt isn't a good plan.\n");
        assert_eq!(segs.len(), 1);
        assert_eq!(segs[0].title, "Headline words here");
        assert_eq!(segs[0].paragraphs, ["It isn't a good plan."]);
    }

    #[test]
    fn a_page_without_title_gets_its_first_sentence() {
        let segs = segment(&format!("{P1} {P2}\n"));
        assert_eq!(segs.len(), 1);
        assert_eq!(segs[0].title, P1);
        let long = "This sentence is deliberately long so that it runs well past the ninety character limit for titles and more.";
        let t = derived_title(long);
        assert!(t.ends_with('…') && t.chars().count() <= 90, "{t}");
        assert!(segment("").is_empty());
        assert!(segment("Share\n❌\n").is_empty());
    }

    #[test]
    fn header_dates_come_from_the_header_not_the_body() {
        let page = format!(
            "Accord signed\n[Released March 3, 1952. Dated February 26, 1952]\n{P1}\nJanuary 5, 1953\n{P2}\n"
        );
        let segs = segment(&page);
        assert_eq!(segs.len(), 1, "{segs:#?}");
        assert_eq!(
            segs[0].header_date.as_ref().map(|d| d.value.clone()),
            Some(day("1952-03-03"))
        );
        let page = format!(
            "Accord signed\n{P1}\nIt was signed on January 5, 1953, in Paris by both sides.\n"
        );
        assert!(segment(&page)[0].header_date.is_none());
    }

    #[test]
    fn clutter_rules() {
        for l in [
            "Skip to content",
            "Share",
            "MORE STORIES",
            "2 min read",
            "interbellumnews.com",
            "https://x.org/a",
            "❌",
            "• • •",
            "Follow AP's coverage at https://apnews.com/hub/x",
            "The post X appeared first on Y.",
        ] {
            assert!(is_clutter(l), "{l}");
        }
        for l in [
            "Share prices fell by a third on Monday.",
            "News of the deal spread quickly.",
            "Petro said he would follow the talks closely.",
            "What happens next?",
        ] {
            assert!(!is_clutter(l), "{l}");
        }
    }

    #[test]
    fn wire_datelines() {
        assert_eq!(
            wire_dateline("ALEPPO, Syria (AP) — First").map(|d| d.0),
            Some(true)
        );
        assert_eq!(wire_dateline("BOGOTÁ — Two days").map(|d| d.0), Some(false));
        assert_eq!(
            wire_dateline("WASHINGTON (Reuters) – The").map(|d| d.0),
            Some(true)
        );
        assert!(wire_dateline("Petro — who spoke").is_none());
        assert!(wire_dateline("It was — he said").is_none());
        assert!(wire_dateline("US, a long and winding sentence here (AP) — x").is_none());
    }
}
