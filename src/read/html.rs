//! A web page to its article: parsed ([`crate::read::dom`]), its main
//! text found ([`crate::read::extract`]) and what it says about itself
//! read ([`crate::read::meta`]).
//!
//! A page is one article, unless it holds several full ones (a page of
//! posts, a live blog's entries: see `extract::several_articles`), each
//! then an article titled by its headline and dated by its own `<time>`.
//! The one article's title is the page's (`og:title`, JSON-LD,
//! `h1`, `<title>` without the site's name); copies of it in the text go.
//! Its day comes from the page's markup (JSON-LD, meta tags, `<time>`, the
//! URL) and, when the markup gives none, from a date line printed between
//! the headline and the text or at the top of the text ("Published March
//! 4, 2024", "By Ana Ruiz | 3 January 2026"); those lines, bylines and
//! one-word labels before the first paragraph are header, not text; so
//! are lines that are never article text wherever they stand (navigation
//! labels, credits, copyright lines: `segment::is_clutter`). A page whose
//! main text is empty yields no article, and says so.

use crate::read::dates::{self, DateOrder, DateSource, DateValue, Published};
use crate::read::dom::{Data, Dom, NONE, NodeId};
use crate::read::extract::{self, BlockKind};
use crate::read::language;
use crate::read::linescan;
use crate::read::meta::{self, clean};
use crate::read::segment;
use crate::read::{Draft, Page};

/// Words of a line, as the analyses count them.
fn words(s: &str) -> usize {
    linescan::scan(s).words
}

/// Whether `paragraph` opens with the full name (two words or more) of one
/// of the authors `byline` names, then a space or a comma: a note about
/// the author. (Not a newsroom's name, which a closing paragraph may
/// open with: "The Associated Press", "BBC News", "Al Jazeera Staff".)
fn about_the_author(paragraph: &str, byline: &str) -> bool {
    let newsroom = |n: &str| {
        n.starts_with("The ")
            || n.split_whitespace().any(|w| {
                (w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()))
                    || matches!(
                        w,
                        "News"
                            | "Press"
                            | "Staff"
                            | "Agency"
                            | "Agencies"
                            | "Wire"
                            | "Desk"
                            | "Team"
                            | "Editors"
                            | "Newsroom"
                            | "Redaktion"
                            | "Redacción"
                    )
            })
    };
    byline
        .split([',', '&', ';'])
        .flat_map(|part| {
            part.split(" and ")
                .flat_map(|p| p.split(" und "))
                .flat_map(|p| p.split(" y "))
        })
        .map(str::trim)
        .map(|n| n.strip_prefix("By ").unwrap_or(n).trim())
        .filter(|n| {
            n.split_whitespace().count() >= 2 && n.chars().next().is_some_and(char::is_uppercase)
        })
        .filter(|n| !newsroom(n))
        .any(|n| {
            paragraph
                .strip_prefix(n)
                .is_some_and(|rest| rest.starts_with([' ', ',']) && rest.len() > 1)
        })
}

/// A line that only names who wrote the article.
fn is_byline(line: &str) -> bool {
    let lower = line.to_lowercase();
    let n = line.split_whitespace().count();
    n <= 12
        && [
            "by ", "von ", "por ", "par ", "di ", "door ", "texto: ", "text: ",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// An article's meta line: its site, dates and byline run together ("Le
/// Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par
/// Martin Untersinger", "Saibal Dasgupta / TNN / Updated: Oct 9, 2019,
/// 11:05 IST"): a date, parts split by "|", "•", "·" or " / ", no
/// sentence.
fn is_meta_line(line: &str) -> bool {
    let t = line.trim();
    let dates = || dates::line_dates(t, DateOrder::Unknown);
    t.split_whitespace().count() <= 30
        && (t.contains(" | ") || t.contains(" • ") || t.contains(" · ") || t.contains(" / "))
        && !t.ends_with(['.', '!', '?', ':'])
        // (A part with a day is short: not a caption's sentence before its
        // credit, "… Am 13.04.2025 ist er in Lima gestorben. | Foto/dpa".)
        && [" | ", " • ", " · ", " / "]
            .iter()
            .fold(vec![t], |parts, sep| {
                parts.iter().flat_map(|p| p.split(sep)).collect()
            })
            .iter()
            .any(|part| {
                part.split_whitespace().count() <= 12
                    && dates::line_dates(part, DateOrder::Unknown)
                        .iter()
                        .any(|m| matches!(m.value, DateValue::Day(_)))
            })
        // Or a few words (a section's name, a byline) and a day with its
        // time to end the line: "OSS×クラウド最新TOPICS 2019年3月15日
        // 09:43".
        || t.split_whitespace().count() <= 8
            && dates().last().is_some_and(|m| {
                matches!(m.value, DateValue::Day(_)) && m.start > 0 && is_clock(&t[m.end..])
            })
        || is_signed_day_line(t)
}

/// A byline's names, then the day as a date line gives it, with no
/// separator between: "Matthew Loh 20:00, 29 Jan 2024", "Andrew Marszal
/// and Josie Ensor 5:00PM GMT 31 Dec 2014", "Alberto Órfão 25 de mayo de
/// 2025 16:51 h Actualizado el 25/05/2025 21:57 h". Before the first date:
/// one to six words in capitals (names, a time zone), the words that join
/// names and times of day; from it on, a date line. Not a sentence's
/// opening ("In Bogotá 3 January 2026").
fn is_signed_day_line(t: &str) -> bool {
    let dates = dates::line_dates(t, DateOrder::Unknown);
    let (Some(first), Some(last)) = (dates.first(), dates.last()) else {
        return false;
    };
    let capital = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    };
    // The names may follow the day instead ("Nuomonės 2024.03.31 19:59
    // Povilas Aleksandravičius"): up to four words in capitals to end the
    // line, after the last date.
    // (Each word of the rest of the line with where it starts.)
    let tail: Vec<(usize, &str)> = t[last.end..]
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - t.as_ptr() as usize, w))
        .collect();
    let named_after = tail.iter().rev().take_while(|(_, w)| capital(w)).count();
    let (end, named_after) = match tail.len().checked_sub(named_after) {
        Some(k) if (1..=4).contains(&named_after) => (tail[k].0, named_after),
        _ => (t.len(), 0),
    };
    if !dates.iter().any(|m| matches!(m.value, DateValue::Day(_)))
        || dates::date_line(&t[first.start..end]).is_none()
    {
        return false;
    }
    let mut names = named_after;
    let before: Vec<&str> = t[..first.start].split_whitespace().collect();
    for (k, w) in before.iter().enumerate() {
        let w = w.trim_end_matches([',', ';']);
        let lower = w.to_lowercase();
        // How long it takes to read ("4 minute read", "14 min"), an
        // account's handle ("@devindra"), the words of a date line ("on",
        // "at", "read").
        let read_time = w.bytes().all(|b| b.is_ascii_digit())
            && before
                .get(k + 1)
                .is_some_and(|n| dates::is_filler(&n.to_lowercase()));
        let handle = w.len() > 1 && w.starts_with('@');
        if !capital(w) && (read_time || handle || k > 0 && dates::is_filler(&lower)) {
            continue;
        }
        if capital(w) {
            if k == 0
                && matches!(
                    w,
                    "In" | "On"
                        | "At"
                        | "The"
                        | "Since"
                        | "Until"
                        | "From"
                        | "After"
                        | "Before"
                        | "For"
                        | "When"
                        | "As"
                        | "If"
                        | "En"
                        | "El"
                        | "La"
                        | "Im"
                        | "Le"
                )
            {
                return false;
            }
            names += 1;
        } else if !(matches!(
            w,
            "and" | "y" | "und" | "et" | "e" | "&" | "|" | "-" | "·" | "•" | ""
        ) || w.bytes().next().is_some_and(|b| b.is_ascii_digit())
            && is_clock(&w.to_ascii_lowercase()))
        {
            return false;
        }
    }
    (1..=6).contains(&names)
}

/// Whether `t` is a time of day and nothing else ("09:43", "9:43 pm",
/// "14:30 Uhr").
fn is_clock(t: &str) -> bool {
    let t = t.trim();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) || t.as_bytes().get(digits) != Some(&b':') {
        return false;
    }
    let rest = &t[digits + 1..];
    let minutes = rest.bytes().take_while(u8::is_ascii_digit).count();
    let rest = rest[minutes..].trim_start_matches(|c: char| c == ':' || c.is_ascii_digit());
    minutes == 2
        && matches!(
            rest.trim().to_ascii_lowercase().as_str(),
            "" | "am" | "pm" | "a.m." | "p.m." | "uhr" | "h" | "hs" | "hrs" | "gmt" | "utc"
        )
}

/// The day a meta line gives ([`is_meta_line`]), chosen among its dates
/// by [`dates::best_date`].
fn meta_line_day(line: &str, order: &dyn Fn() -> DateOrder) -> Option<Published> {
    if !is_meta_line(line) {
        return None;
    }
    let d = decided(|o| dates::best_date(line, o), |d| &d.value, order)?;
    match d.value {
        DateValue::Day(day) => Some(Published::Day {
            day,
            source: DateSource::Text,
            evidence: d.printed,
        }),
        _ => None,
    }
}

/// Lines of visible text in document order from the node after `from` up
/// to (not into) `to`, at most `max`: what a page prints between its
/// headline and its text.
fn lines_between(dom: &Dom, from: NodeId, to: NodeId, max: usize) -> Vec<String> {
    let mut lines = Vec::new();
    each_line(dom, 0, Some(from), to, &|_| false, &mut |l| {
        lines.push(l);
        lines.len() < max
    });
    lines
}

/// The last `max` lines of visible text before `heading` in the box two
/// levels up from it (one when that is the page's body), nearest last,
/// outside the site's header (a `<header>` or banner that does not hold
/// the heading): a masthead's "today" over the whole content is the
/// site's.
fn lines_before(dom: &Dom, heading: NodeId, max: usize) -> Vec<String> {
    let mut scope = NONE;
    let mut at = heading;
    for _ in 0..2 {
        at = dom.node(at).parent;
        if at == NONE || matches!(dom.name(at), Some("html" | "body") | None) {
            break;
        }
        scope = at;
    }
    if scope == NONE {
        return Vec::new();
    }
    let mut lines = std::collections::VecDeque::with_capacity(max + 1);
    let site_header = |id: NodeId| {
        (dom.name(id) == Some("header")
            || dom
                .attr(id, "role")
                .is_some_and(|r| r.eq_ignore_ascii_case("banner")))
            && !is_under(dom, heading, id)
    };
    each_line(dom, scope, None, heading, &site_header, &mut |l| {
        lines.push_back(l);
        if lines.len() > max {
            lines.pop_front();
        }
        true
    });
    lines.into()
}

/// Hands the lines of visible text under `root` in document order after
/// `from` (from the start when `None`) up to (not into) `to` to `each`,
/// until it says stop: scripts, controls, boxes of other content, boxes
/// named as an update and the boxes `skip` names passed over.
fn each_line(
    dom: &Dom,
    root: NodeId,
    from: Option<NodeId>,
    to: NodeId,
    skip: &dyn Fn(NodeId) -> bool,
    each: &mut dyn FnMut(String) -> bool,
) {
    let mut line = String::new();
    let mut started = from.is_none();
    let mut skip_until_after: Option<NodeId> = None;
    // The line so far, handed on when it has text; false to stop.
    let mut flush = |line: &mut String| {
        let l = clean(line);
        line.clear();
        l.is_empty() || each(l)
    };
    for id in dom.descendants(root) {
        if id == to {
            break;
        }
        if !started {
            started = Some(id) == from;
            if started {
                skip_until_after = from;
            }
            continue;
        }
        if let Some(s) = skip_until_after {
            if is_under(dom, id, s) {
                continue;
            }
            skip_until_after = None;
        }
        match &dom.node(id).data {
            Data::Element { name, .. } => {
                let name: &str = &name.local;
                if matches!(
                    name,
                    "script"
                        | "style"
                        | "noscript"
                        | "template"
                        | "svg"
                        | "button"
                        | "select"
                        | "textarea"
                ) || meta::names_an_update(dom, id)
                    || meta::foreign_box(dom, id)
                        && !meta::meta_aside(dom, id)
                        && !meta::details_footer(dom, id)
                    || skip(id)
                {
                    skip_until_after = Some(id);
                    continue;
                }
                if (!is_inline(name) || ends_block(dom, id)) && !flush(&mut line) {
                    return;
                }
            }
            Data::Text(t) => {
                if ends_block(dom, id) && !flush(&mut line) {
                    return;
                }
                line.push_str(t);
            }
            _ => {}
        }
    }
    flush(&mut line);
}

/// The elements a line runs through (links, emphasis, times).
fn is_inline(name: &str) -> bool {
    matches!(
        name,
        "a" | "span"
            | "b"
            | "i"
            | "em"
            | "strong"
            | "time"
            | "relative-time"
            | "local-time"
            | "time-ago"
            | "abbr"
            | "small"
            | "font"
            | "sup"
            | "sub"
    )
}

/// Whether node `id` follows a block (`<div>Lifestyle</div><span>Published
/// Oct 19, 2022</span>`): a new line, not "LifestylePublished".
fn ends_block(dom: &Dom, id: NodeId) -> bool {
    let prev = dom.node(id).prev;
    prev != NONE && dom.name(prev).is_some_and(|n| !is_inline(n))
}

fn is_under(dom: &Dom, id: NodeId, top: NodeId) -> bool {
    let mut at = dom.node(id).parent;
    while at != NONE {
        if at == top {
            return true;
        }
        at = dom.node(at).parent;
    }
    false
}

/// What `read` finds read with no order, unless that is a numeric date
/// both ways, or one that the order turns (a dotted `08.05.16`, day first
/// unless the page says otherwise): then read as the page's `order` says,
/// which is worked out only then (it may read the whole page).
fn decided<T>(
    read: impl Fn(DateOrder) -> Option<T>,
    value: impl Fn(&T) -> &DateValue,
    order: &dyn Fn() -> DateOrder,
) -> Option<T> {
    let first = read(DateOrder::Unknown)?;
    let turns = || {
        let (a, b) = (read(DateOrder::DayFirst), read(DateOrder::MonthFirst));
        a.as_ref().map(&value) != b.as_ref().map(&value)
    };
    if matches!(value(&first), DateValue::Ambiguous { .. }) || turns() {
        read(order())
    } else {
        Some(first)
    }
}

/// A printed header date: the publication day, or why it cannot be used.
/// A numeric date that could be read both ways is read as `order` (the
/// page's) says.
fn printed(line: &str, order: &dyn Fn() -> DateOrder) -> Option<Published> {
    let d = decided(|o| dates::date_line_ordered(line, o), |d| &d.value, order)?;
    Some(match d.value {
        DateValue::Day(day) => Published::Day {
            day,
            source: DateSource::Text,
            evidence: d.printed,
        },
        DateValue::Ambiguous {
            month_first,
            day_first,
        } => Published::Unsure(format!(
            "the date '{}' printed under the title is ambiguous ({month_first} or {day_first}); not used",
            d.printed
        )),
        DateValue::Invalid(why) => {
            Published::Unsure(format!("the date printed under the title: {why}; not used"))
        }
    })
}

/// [`printed`] for a line of the header, where a line that starts with
/// its date may go on with anything ("2023-11-17 20:52:15 来源：新华网",
/// "May 26, 2016 by Deb"): the date is taken as far as it goes.
fn printed_header(line: &str, order: &dyn Fn() -> DateOrder) -> Option<Published> {
    if let Some(p) = printed(line, order) {
        return Some(p);
    }
    let first = decided(
        |o| dates::find_dates_ordered(line, o).into_iter().next(),
        |d| &d.value,
        order,
    )?;
    if !line[..first.start].trim().is_empty() {
        return None;
    }
    // The date and what a date line may hold right after it (a time).
    let end = line[first.end..]
        .find(|c: char| c.is_alphabetic() && !matches!(c, 'a' | 'p' | 'm' | 'A' | 'P' | 'M' | 'h'))
        .map_or(line.len(), |i| first.end + i);
    printed(line[..end].trim_end(), order)
}

/// The date a line of an article's header gives: a date line
/// ([`printed_header`]), else the date of a meta line ("Diana Yen |
/// December 22, 2014").
fn header_date(line: &str, order: &dyn Fn() -> DateOrder) -> Option<Published> {
    printed_header(line, order).or_else(|| meta_line_day(line, order))
}

/// Lower case without punctuation, for comparing a line with the title.
fn key(s: &str) -> String {
    key_chars(s).collect()
}

/// The characters of [`key`]`(s)`, made as they are read.
fn key_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    let mut words = s
        .split(|c: char| c.is_whitespace())
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .peekable()
        })
        .filter_map(|mut w| w.peek().is_some().then_some(w));
    let mut first = true;
    let mut current = None;
    std::iter::from_fn(move || {
        loop {
            if let Some(w) = &mut current
                && let Some(c) = Iterator::next(w)
            {
                return Some(c);
            }
            current = Some(words.next()?);
            if !first {
                return Some(' ');
            }
            first = false;
        }
    })
}

/// Whether a line says the same as the line whose [`key`] is `k`: only a
/// line of about its length can (most lines are not keyed at all).
fn same_key(line: &str, k: &str) -> bool {
    let n = line.len();
    n + 8 >= k.len() && n <= 4 * k.len() + 16 && key_chars(line).eq(k.chars())
}

/// The first sentence of a paragraph, shortened, as a title.
fn derived_title(paragraph: &str) -> String {
    let end = paragraph
        .char_indices()
        .find(|&(i, c)| matches!(c, '.' | '!' | '?' | '。') && i > 20)
        .map_or(paragraph.len(), |(i, c)| i + c.len_utf8());
    let sentence = &paragraph[..end];
    let mut out = String::new();
    for (n, w) in sentence.split_whitespace().enumerate() {
        if n == 12 {
            out.push('…');
            return out;
        }
        if n > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
    if out.chars().count() > 120 {
        let cut: String = out.chars().take(100).collect();
        return format!("{}…", cut.trim_end());
    }
    out
}

/// The article's text as the page's JSON-LD gives it (`articleBody`), when
/// the page shows only its start (a paywall's first paragraph, the rest
/// filled in by a script) or nothing: at least twice the words of the text
/// read, and holding that text's start; or, when nothing was read, at least
/// 50 words. A body that is a summary, or another text, is never taken.
fn fuller_text(paragraphs: &[String], body: &str) -> Option<Vec<String>> {
    // Most pages show their whole text: a body not even half again as long
    // in bytes cannot hold twice its words, and is not parsed.
    let read_bytes: usize = paragraphs.iter().map(String::len).sum();
    if read_bytes * 3 > body.len() * 2 {
        return None;
    }
    let tagged = body.contains("</") || body.contains("<br") || body.contains("<p");
    let page = if tagged {
        body.to_string()
    } else {
        let mut page = String::from("<body>");
        for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
            page.push_str("<p>");
            page.push_str(&line.replace('<', "&lt;"));
            page.push_str("</p>");
        }
        page
    };
    let ld: Vec<String> = extract::main_text(&Dom::parse(&page))
        .blocks
        .into_iter()
        .map(|b| b.text)
        .filter(|t| !segment::is_clutter(t))
        .collect();
    let ld_words: usize = ld.iter().map(|p| words(p)).sum();
    let read_words: usize = paragraphs.iter().map(|p| words(p)).sum();
    if read_words == 0 {
        return (ld_words >= 50).then_some(ld);
    }
    if ld_words < 100 || read_words * 2 > ld_words {
        return None;
    }
    let ld_key = key(&ld.join(" "));
    let holds_start = paragraphs
        .iter()
        .take(3)
        .filter(|p| p.split_whitespace().count() >= 8)
        .any(|p| {
            let start: Vec<&str> = p.split_whitespace().take(8).collect();
            ld_key.contains(&key(&start.join(" ")))
        });
    holds_start.then_some(ld)
}

/// Reads a web page (see the module notes).
pub fn read(text: &str) -> Page {
    let dom = Dom::parse(text);
    let main = extract::main_text(&dom);
    let meta = meta::read(&dom, main.container);

    let mut blocks = main.blocks;
    let mut title = meta.title.clone();
    // Short lines above the headline in the text's own box (a kicker, the
    // site's date of today) are not text and date nothing.
    let heading_key = meta.heading.map(|h| key(&clean(&dom.text(h))));
    if let Some(hk) = &heading_key
        && let Some(at) = blocks.iter().position(|b| same_key(&b.text, hk))
        && blocks[..at].iter().all(|b| words(&b.text) < 20)
    {
        blocks.drain(..at);
    }
    // A heading at the top of the text that <title> starts with, before a
    // separator, is the headline without the site's name (when the title
    // is still <title> as written: a blog's name in an h1 over a title
    // already found is no headline).
    if let Some(t) = &title
        && meta.title_tag.as_ref() == Some(t)
        && let Some(b) = blocks
            .iter()
            .take(3)
            .find(|b| matches!(b.kind, BlockKind::Heading(_)))
        && t.len() > b.text.len()
        && t.starts_with(&b.text)
        && meta::SITE_SEPARATORS
            .iter()
            .any(|sep| t[b.text.len()..].starts_with(sep))
    {
        title = Some(b.text.clone());
    }
    let title_key = title.as_deref().map(key);
    // Copies of the title anywhere in the text, and lines that are never
    // text (navigation labels, credits, copyright lines: see `segment`).
    blocks.retain(|b| {
        title_key.as_ref().is_none_or(|k| !same_key(&b.text, k))
            && (b.kind == BlockKind::Code || !segment::is_clutter(&b.text))
    });
    let mut published = meta.published.clone();
    // The page's language: as it says, else as its text reads.
    let text_sample = || {
        blocks
            .iter()
            .take(40)
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let language = meta
        .language
        .clone()
        .or_else(|| language::guess(&text_sample()).map(str::to_string));
    let order_cell = std::cell::OnceCell::new();
    let sample = text_sample();
    // (The text's own numeric dates decide, else the whole page's: a
    // forum thread's "03/04/2011" over posts of "03/15/2011".)
    let order = || {
        *order_cell.get_or_init(|| {
            let mut evidence = dates::numeric_evidence(&sample);
            if evidence == (0, 0) {
                evidence = dates::numeric_evidence(&dom.text(0));
            }
            language::date_order(language.as_deref(), evidence)
        })
    };
    // A page of several articles dates each by itself: none of the page's
    // header reading below applies.
    if main.entries.len() >= 2 {
        return several(&dom, main.entries, &language, &order, main.visible_words);
    }
    // Declarations that disagree: the header below may print one of their
    // days, which settles it (see the end of the header's reading).
    let disputed = meta.disputed.as_ref().map(|pair| {
        let why = std::mem::replace(&mut published, Published::None);
        (pair, why)
    });
    // The header: what the page prints between its headline and its text,
    // and the lines at the top of the text before its first paragraph.
    if published == Published::None
        && let Some(h) = meta.header_start
        && main.container != NONE
        && let Some(p) = lines_between(&dom, h, main.container, 12)
            .iter()
            .find_map(|line| header_date(line, &order))
    {
        published = p;
    }
    // Then the boxes of the article's part of the page named as its date.
    if published == Published::None {
        for text in meta::date_boxes(&dom, main.container, meta.header_start) {
            if let Some(p) = header_date(&text, &order) {
                published = p;
                break;
            }
        }
    }
    // Then what comes between the headline and the text's first paragraph
    // inside the article's element, which the text left out ("By Ana Ruiz
    // - 19 December 2014" in an author box): only when that paragraph is
    // among the next lines, so that the text itself is never read here.
    if published == Published::None
        && let Some(h) = meta.header_start
        && let Some(first) = blocks.iter().find(|b| b.kind == BlockKind::Paragraph)
    {
        let first = key(&first.text);
        let lines = lines_between(&dom, h, NONE, 12);
        if let Some(end) = lines.iter().position(|l| same_key(l, &first))
            && let Some(p) = lines[..end]
                .iter()
                .find_map(|line| header_date(line, &order))
        {
            published = p;
        }
    }
    let mut header_end = 0;
    for (i, b) in blocks.iter().enumerate() {
        let n = b.text.split_whitespace().count();
        // (A table's row of cells is a fact of the text, never its
        // header: an infobox's "Opened | February 28, 1998". A row of one
        // cell is a line of a page laid out in a table: Elecom's date.)
        if i >= 6
            || n > 30
            || n > 16 && b.kind == BlockKind::Paragraph && !is_meta_line(&b.text)
            || b.kind == BlockKind::Row && b.text.contains('\t')
        {
            break;
        }
        let line = &b.text;
        // The headline with its kicker, first in the text (one heading or
        // two: "Nach erneuter Kritik an Papst Leo" over "Trump postet schon
        // wieder Jesus-KI-Foto"), is read past to the meta line under it
        // (it goes with the header only when a date follows).
        if i < 2
            && blocks[..=i]
                .iter()
                .all(|b| matches!(b.kind, BlockKind::Heading(_)))
        {
            header_end = i + 1;
            continue;
        }
        if let Some(p) = printed(line, &order) {
            if published == Published::None {
                published = p;
            }
            header_end = i + 1;
        } else if is_meta_line(line) {
            if published == Published::None
                && let Some(p) = meta_line_day(line, &order)
            {
                published = p;
            }
            header_end = i + 1;
        } else if is_byline(line)
            || meta.byline.as_ref().is_some_and(|by| key(line) == key(by))
            || line.split_whitespace().count() <= 2
                && line.chars().count() <= 30
                && !matches!(b.kind, BlockKind::Heading(_))
        {
            header_end = i + 1;
        } else {
            break;
        }
    }
    // Short lines before the first paragraph are header only when a date
    // or byline came after them; otherwise they are text.
    let header_has_date = blocks[..header_end]
        .iter()
        .any(|b| printed(&b.text, &order).is_some() || is_byline(&b.text) || is_meta_line(&b.text));
    if header_has_date {
        blocks.drain(..header_end);
    }
    // A line of only a date (and its time) among the text's first few
    // blocks, under a standfirst ("Freitag, 28.04.2023, 19:25" on Focus),
    // is header too, and dates the page when nothing else has; not one of
    // a run of such lines (a list of meetings' days is the text).
    let date_only = |b: &extract::Block| {
        b.kind == BlockKind::Paragraph && words(&b.text) <= 8 && printed(&b.text, &order).is_some()
    };
    let mut k = 0;
    while k < blocks.len().min(4) {
        let b = &blocks[k];
        if date_only(b)
            && !(k > 0 && date_only(&blocks[k - 1]))
            && !blocks.get(k + 1).is_some_and(date_only)
            && let Some(p) = printed(&b.text, &order)
        {
            if published == Published::None {
                published = p;
            }
            blocks.remove(k);
        } else {
            k += 1;
        }
    }
    // Then a dateline opening the text's first paragraph ("BOGOTÁ, Jan 3,
    // 2026 (Reuters) - …", "Feb. 23, 2015 -- Life-threatening …"), else
    // the only one of its first three paragraphs that opens with one: the
    // story's first paragraph under a standfirst and a byline ("27.1.2022
    // - Bei der Erinnerung …"). (Two or three that open with dates are a
    // chronology.)
    if published == Published::None {
        let opening: Vec<_> = blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Paragraph)
            .take(3)
            .map(|b| segment::opening_date(&b.text))
            .collect();
        let dated: Vec<_> = opening.iter().flatten().collect();
        let pick = match opening.first() {
            Some(Some(first)) => Some(first),
            _ => match dated.as_slice() {
                [one] => Some(*one),
                _ => None,
            },
        };
        if let Some(&(day, printed)) = pick {
            published = Published::Day {
                day,
                source: DateSource::Text,
                evidence: printed.to_string(),
            };
        }
    }
    // Then a date line just above the headline, in the article's box (a
    // kicker's "12.03.2019" over the h1).
    if published == Published::None
        && let Some(h) = meta.header_start
        && let Some(p) = meta::texts_above(&dom, main.container, h)
            .iter()
            .find_map(|line| printed_header(line, &order))
    {
        published = p;
    }
    // Then a line that starts with a date just above the headline, outside
    // the article's part of the page (a public body's `<h3>21.01.2022</h3>`
    // over its h1, a press release's "topline"): of the two lines before
    // it, the nearer.
    if published == Published::None
        && let Some(h) = meta.header_start
        && let Some(p) = lines_before(&dom, h, 2)
            .iter()
            .rev()
            .find_map(|line| printed_header(line, &order))
    {
        published = p;
    }
    // Last, a full date in the page's <title> ("Una solución … - 07.12.2017
    // - LA NACION").
    if published == Published::None
        && let Some(t) = &meta.title_tag
        && let Some(d) = decided(|o| dates::best_date(t, o), |d| &d.value, &order)
        && let DateValue::Day(day) = d.value
    {
        published = Published::Day {
            day,
            source: DateSource::Text,
            evidence: format!("<title> {}", d.printed),
        };
    }

    // Then a sentence of the text's last two paragraphs that says when it
    // was published ("Dieser Artikel erschien am 16.12.2012 in der
    // Printausgabe.", "This article was first published on …").
    if published == Published::None
        && let Some(p) = blocks
            .iter()
            .rev()
            .filter(|b| b.kind == BlockKind::Paragraph)
            .take(2)
            .filter(|b| dates::opens_post_footer(&b.text))
            .find_map(|b| printed(&b.text, &order))
    {
        published = p;
    }
    if let Some((pair, why)) = disputed {
        let printed = match &published {
            Published::Day { day, .. } => Some(*day),
            _ => None,
        };
        published = pair
            .iter()
            .find(|p| matches!(p, Published::Day { day, .. } if Some(*day) == printed))
            .cloned()
            .unwrap_or(why);
    }
    if published == Published::None
        && let Some(p) = meta.fallback
    {
        published = p;
    }
    // Last, a box of the page named as its date, or a `<time>`, wherever
    // it stands (see `meta::page_date_boxes`).
    if published == Published::None
        && let Some(p) = meta::page_date_boxes(&dom, meta.heading)
            .iter()
            .find_map(|text| header_date(text, &order))
    {
        published = p;
    }

    // A date line that ends the text is the page's, not the article's
    // (Corriere's "5 gennaio 2025 ( modifica il 6 gennaio 2025 | 15:24)"
    // under the last paragraph).
    while blocks.len() > 1
        && blocks
            .last()
            .is_some_and(|b| b.kind == BlockKind::Paragraph && dates::date_line(&b.text).is_some())
    {
        blocks.pop();
    }
    // The author's note under the text, which starts with a name the
    // byline gives ("Nelson D. Schwartz has covered economics since 2012.",
    // "Erin Cunningham is an Egypt-based correspondent for The Post.",
    // "Keith Noonan owns shares of …"): it and what follows go, among the
    // last three paragraphs of a text of five or more.
    if let Some(by) = meta.byline.as_deref()
        && blocks.len() >= 5
        && let Some(at) = (blocks.len() - 3..blocks.len()).find(|&i| {
            blocks[i].kind == BlockKind::Paragraph && about_the_author(&blocks[i].text, by)
        })
    {
        blocks.truncate(at);
    }
    let mut paragraphs: Vec<String> = blocks.into_iter().map(|b| b.text).collect();
    if let Some(fuller) = meta
        .body
        .as_deref()
        .and_then(|b| fuller_text(&paragraphs, b))
    {
        paragraphs = fuller;
    }
    let mut warnings = Vec::new();
    // A page whose text is not in its markup (a gallery, a video, a story
    // its scripts fill in) still says what it is, when, and what about: its
    // own description, of a sentence's length, stands for the text, and the
    // warning says so.
    if paragraphs.is_empty()
        && let Some(d) = meta.description.as_deref().filter(|d| words(d) >= 8)
    {
        warnings.push(format!(
            "no main text found: the page's own description ({} words) stands for its text",
            words(d)
        ));
        paragraphs.push(d.to_string());
    }
    if paragraphs.is_empty() {
        warnings.push("no main text found: the page has no article text (only navigation, scripts or clutter)".to_string());
        return Page {
            articles: Vec::new(),
            warnings,
            removed_words: main.visible_words,
        };
    }
    let (title, title_derived) = match title {
        Some(t) => (t, false),
        None => (derived_title(&paragraphs[0]), true),
    };
    let text_words: usize = paragraphs.iter().map(|p| words(p)).sum();
    let article_words = text_words + if title_derived { 0 } else { words(&title) };
    Page {
        articles: vec![Draft {
            title,
            title_derived,
            paragraphs,
            words: article_words,
            byline: meta.byline,
            language,
            published,
        }],
        warnings,
        removed_words: main.visible_words.saturating_sub(article_words),
    }
}

/// A page of several full articles (see `extract::several_articles`): one
/// article per entry, titled by its headline and dated by its own
/// `<time>`, else by a date printed at its top; never by the page's date,
/// which belongs to the page (a feed's, a live blog's start).
fn several(
    dom: &Dom,
    entries: Vec<extract::Entry>,
    language: &Option<String>,
    order: &dyn Fn() -> DateOrder,
    visible_words: usize,
) -> Page {
    let mut articles = Vec::new();
    for e in entries {
        let title = clean(&dom.text(e.heading));
        let title_key = key(&title);
        let mut published = e
            .times
            .iter()
            .find_map(|&t| {
                let v = dom
                    .attr(t, "datetime")
                    .map(str::to_string)
                    .unwrap_or_else(|| clean(&dom.text(t)));
                meta::machine_day(&v).map(|day| Published::Day {
                    day,
                    source: DateSource::Time,
                    evidence: format!("<time> {}", clean(&v)),
                })
            })
            .unwrap_or(Published::None);
        let time_keys: Vec<String> = e.times.iter().map(|&t| key(&clean(&dom.text(t)))).collect();
        let mut paragraphs = Vec::new();
        for (i, b) in e.blocks.into_iter().enumerate() {
            if same_key(&b.text, &title_key) || segment::is_clutter(&b.text) {
                continue;
            }
            // Its time as printed ("April 10") at its top is header.
            if i < 4 && paragraphs.is_empty() && time_keys.iter().any(|k| same_key(&b.text, k)) {
                continue;
            }
            // A date line at the top of the entry dates it and is header.
            if i < 4
                && paragraphs.is_empty()
                && let Some(p) = printed(&b.text, order)
            {
                if published == Published::None {
                    published = p;
                }
                continue;
            }
            paragraphs.push(b.text);
        }
        if paragraphs.is_empty() {
            continue;
        }
        let words_in = words(&title) + paragraphs.iter().map(|p| words(p)).sum::<usize>();
        articles.push(Draft {
            title,
            title_derived: false,
            paragraphs,
            words: words_in,
            byline: None,
            language: language.clone(),
            published,
        });
    }
    let kept: usize = articles.iter().map(|a| a.words).sum();
    Page {
        articles,
        warnings: Vec::new(),
        removed_words: visible_words.saturating_sub(kept),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::dates::Day;

    #[test]
    fn a_key_is_the_lower_case_words_of_letters_and_digits_one_space_apart() {
        // As written first: every character kept lowered, then the words.
        let slow = |s: &str| {
            s.chars()
                .filter(|c| c.is_alphanumeric() || c.is_whitespace())
                .flat_map(char::to_lowercase)
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        for s in [
            "",
            "  ",
            " - ",
            "Council backs bridge",
            "  Council   backs\tbridge \n",
            "U.S.-Colombia talks — “a reset”?",
            "Ístanbul'da İŞ, ΣΊΣΥΦΟΣ",
            "a - b -c- d",
            "東京 ・ 大阪\u{3000}名古屋",
            "İ",
        ] {
            assert_eq!(key(s), slow(s), "{s:?}");
            assert!(
                same_key(s, &slow(s)) || s.len() + 8 < slow(s).len(),
                "{s:?}"
            );
        }
    }

    const P1: &str = "The council voted on Tuesday to rebuild the old bridge over the river, \
                      after two years of debate, three reports and a petition signed by residents.";
    const P2: &str = "Work will start in the spring, the mayor said, and the crossing will close \
                      for eight months while crews replace the deck, the railings and the lights.";

    fn one(html: &str) -> Draft {
        let mut page = read(html);
        assert_eq!(page.articles.len(), 1, "{page:?}");
        page.articles.remove(0)
    }

    /// A post of a blog or live blog: headline, time, two paragraphs.
    fn post(title: &str, datetime: &str, shown: &str, p1: &str, p2: &str) -> String {
        format!(
            "<article class='post'><h2><a href='/p'>{title}</a></h2>\
             <time datetime='{datetime}'>{shown}</time><p>{p1}</p><p>{p2}</p>\
             <p>More on this story as it comes in, the editors said on Monday evening, \
             and readers can send their questions to the newsroom by mail.</p></article>"
        )
    }

    /// A chart drawn as positioned text (ai2html: The New York Times,
    /// Reuters) is no text: its title, ticks and labels, once per screen
    /// width, go; the paragraphs around it stay.
    #[test]
    fn a_chart_of_positioned_labels_is_no_text() {
        let chart = "<div class='g-artboard'>\
            <div class='g-Layer_1 g-aiAbs g-aiPointText' style='top:4.4%;left:0.1%;width:243px;'>\
            <p class='g-pstyle0'>Interest payments on the national debt</p></div>\
            <div class='g-aiAbs' style='top:9.5%;right:94.9%;'><p>$915</p></div>\
            <div class='g-aiAbs' style='top:90%;left:5%;'><p>’17</p></div>\
            <div class='g-aiAbs' style='top:90%;left:50%;'><p>’28</p></div></div>";
        let page = format!(
            "<html lang='en'><head><title>Bridge to close</title></head><body><article>\
             <h1>Bridge to close</h1><p>{P1}</p>\
             <div id='g-chart-box' class='ai2html ai2html-box-v5'>{chart}{chart}</div>\
             <p>{P2}</p></article></body></html>"
        );
        let a = one(&page);
        let text = a.paragraphs.join("\n");
        assert!(
            text.contains("council voted") && text.contains("eight months"),
            "{text}"
        );
        for label in ["Interest payments", "$915", "’17", "’28"] {
            assert!(!text.contains(label), "{label} in {text}");
        }
    }

    /// A video player's settings menus (quality, caption styles, fonts)
    /// are no text, wherever the player sits in the article.
    #[test]
    fn a_player_s_settings_are_no_text() {
        let menu = "<div class='yvp-settings'><div class='yvp-settings-quality'>\
            <div class='yvp-settings-header'>Quality</div><div class='yvp-settings-item'>Auto</div>\
            <div class='yvp-settings-item'>High (HD)</div><div class='yvp-settings-item'>Medium</div></div>\
            <div class='yvp-cc-style yvp-cc-item'><div class='yvp-cc-style-preview'>Captions will look like this</div>\
            <ul><li>Arial</li><li>Georgia</li><li>Times New Roman</li><li>75% (transparency)</li></ul></div></div>";
        let page = format!(
            "<html lang='en'><head><title>Bridge to close</title></head><body><article>\
             <h1>Bridge to close</h1><div class='player'>{menu}</div><p>{P1}</p><p>{P2}</p>\
             </article></body></html>"
        );
        let text = one(&page).paragraphs.join("\n");
        assert!(
            text.contains("council voted") && text.contains("eight months"),
            "{text}"
        );
        for label in [
            "Quality",
            "High (HD)",
            "Captions will look",
            "Georgia",
            "transparency",
        ] {
            assert!(!text.contains(label), "{label} in {text}");
        }
    }

    /// JSON-LD and the meta tags months apart (Medium: the first day in
    /// JSON-LD, a republication in `article:published_time`): the date the
    /// page prints under its headline settles it when it is one of the
    /// two; a third date, or none, leaves the article undated.
    #[test]
    fn a_printed_date_settles_declarations_that_disagree() {
        let page = |printed: &str| {
            format!(
                "<html lang='en'><head><title>Bridge to close</title>\
                 <script type='application/ld+json'>{{\"@type\":\"BlogPosting\",\"datePublished\":\"2015-10-15T02:19:15.607Z\"}}</script>\
                 <meta property='article:published_time' content='2015-12-11T14:28:34.438Z'></head><body>\
                 <article><h1>Bridge to close</h1><p class='meta'>Jo Ruiz · {printed} · 4 min read</p>\
                 <p>{P1}</p><p>{P2}</p></article></body></html>"
            )
        };
        assert_eq!(
            one(&page("Oct 15, 2015")).published,
            Published::Day {
                day: Day::parse_iso("2015-10-15").expect("day"),
                source: DateSource::JsonLd,
                evidence: "datePublished 2015-10-15T02:19:15.607Z".to_string(),
            }
        );
        assert_eq!(
            one(&page("Dec 11, 2015")).published,
            Published::Day {
                day: Day::parse_iso("2015-12-11").expect("day"),
                source: DateSource::Meta,
                evidence: "article:published_time 2015-12-11T14:28:34.438Z".to_string(),
            }
        );
        for printed in ["Nov 2, 2015", "Sunday"] {
            match one(&page(printed)).published {
                Published::Unsure(why) => assert!(why.contains("two publication days"), "{why}"),
                other => panic!("{printed}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_blog_post_with_no_h1_is_dated_by_the_line_under_its_heading() {
        // An h2 over the entry, "Posted on … by …" between them; the
        // masthead's day and a comment's are not the post's.
        let page = format!(
            "<html lang='en'><head><title>Bridge to close</title></head><body>\
             <div class='top'>Wednesday, December 4, 2024</div>\
             <div class='post'><h2>Bridge to close</h2>\
             <div class='postmeta'>Posted on December 16, 2012 by editor</div>\
             <div class='entry'><p>{P1}</p><p>{P2}</p></div></div>\
             <div class='comments'><div class='comment'><span>December 18, 2012 at 9:14 am</span>\
             <p>About time too, I have been waiting for years for this bridge.</p></div></div>\
             </body></html>"
        );
        let a = one(&page);
        assert_eq!(a.title, "Bridge to close");
        assert_eq!(
            a.published,
            Published::Day {
                day: Day::parse_iso("2012-12-16").expect("day"),
                source: DateSource::Text,
                evidence: "Posted on December 16, 2012 by editor".to_string(),
            }
        );
        assert!(!a.paragraphs.iter().any(|p| p.contains("Posted on")));
        // An old theme's meta line after the entry, in a box named
        // `postmeta`: a meta line's date.
        let page = format!(
            "<html lang='en'><head><title>Bridge to close</title></head><body>\
             <div class='post'><h1>Bridge to close</h1><div class='entry'><p>{P1}</p><p>{P2}</p></div>\
             <div class='postmeta'>Filed under News | December 16, 2012 | 3 comments</div></div>\
             </body></html>"
        );
        assert_eq!(
            one(&page).published,
            Published::Day {
                day: Day::parse_iso("2012-12-16").expect("day"),
                source: DateSource::Text,
                evidence: "Filed under News | December 16, 2012 | 3 comments".to_string(),
            }
        );
        // An infobox's founding day in hCard's classes (Wikipedia) dates
        // nothing.
        let page = format!(
            "<html lang='en'><head><title>Bridge</title></head><body><h1>Bridge</h1>\
             <div class='text'><table class='infobox'><tr><td>Opened</td><td>February 28, 1998\
             <span style='display:none'>(<span class='bday dtstart published updated'>1998-02-28</span>)</span>\
             </td></tr></table><p>{P1}</p><p>{P2}</p></div></body></html>"
        );
        assert_eq!(one(&page).published, Published::None);
        // An article's own footer holds its date (WordPress's
        // "This entry was posted … on <time>").
        let page = format!(
            "<html lang='en'><head><title>Bridge to close</title></head><body><article>\
             <h1>Bridge to close</h1><div class='entry-content'><p>{P1}</p><p>{P2}</p></div>\
             <footer class='entry-meta'>This entry was posted in News on \
             <time class='entry-date' datetime='2012-11-18T18:22:05+00:00'>November 18, 2012</time>.\
             </footer></article><footer>© 2008–2024 Valley News</footer></body></html>"
        );
        assert_eq!(
            one(&page).published,
            Published::Day {
                day: Day::parse_iso("2012-11-18").expect("day"),
                source: DateSource::Time,
                evidence: "<time> 2012-11-18T18:22:05+00:00".to_string(),
            }
        );
        // A column of the article's details beside its text, in an aside
        // (Spektrum's "Hintergrund · 19.07.2022 · Lesedauer ca. 10
        // Minuten · Drucken"), dates it; an aside of other stories in the
        // same article does not.
        let column = "<aside class='col'><ul class='meta'><li class='kind'>Hintergrund</li>\
             <li class='meta-date'>19.07.2022</li><li>Lesedauer ca. 10 Minuten</li>\
             <li><a href='#'>Drucken</a></li></ul></aside>";
        let others = "<aside class='col'><h3>Mehr zum Thema</h3><ul>\
             <li><a href='/a'>Wie Pilze Bäume verbinden</a> <span class='date'>02.03.2021</span></li></ul></aside>";
        for (aside, day) in [(column, Some("2022-07-19")), (others, None)] {
            let page = format!(
                "<html lang='de'><head><title>Riesenblumen</title></head><body>\
                 <aside>Meistgelesen 01.01.2020</aside><article class='content'>\
                 <h1>Das Geheimnis der Riesenblumen</h1>{aside}<div class='body'><p>{P1}</p><p>{P2}</p></div>\
                 </article></body></html>"
            );
            let got = one(&page).published;
            match day {
                Some(day) => assert_eq!(
                    got,
                    Published::Day {
                        day: Day::parse_iso(day).expect("day"),
                        source: DateSource::Text,
                        evidence: "19.07.2022".to_string(),
                    }
                ),
                None => assert_eq!(got, Published::None, "{aside}"),
            }
        }
        // A forum thread's "03/04/2011" is read as its other posts'
        // "03/15/2011" show, though they are not in the first post's text.
        let page = format!(
            "<html lang='en'><head><title>Seal replacement</title></head><body>\
             <h1>Seal replacement</h1><div class='post'><div class='postdate'>03/04/2011, 10:42 PM</div>\
             <div class='postbody'><p>{P1}</p><p>{P2}</p></div></div>\
             <div class='sidebar'><div class='postdate'>03/15/2011, 9:10 AM</div><p>Thanks, that helped.</p></div>\
             </body></html>"
        );
        assert_eq!(
            one(&page).published,
            Published::Day {
                day: Day::parse_iso("2011-03-04").expect("day"),
                source: DateSource::Text,
                evidence: "03/04/2011, 10:42 PM".to_string(),
            }
        );
        // A dateline opening the first paragraph, when nothing else dates
        // the page.
        let page = format!(
            "<html lang='en'><head><title>Bridge to close</title></head><body>\
             <h1>Bridge to close</h1><div class='text'><p>Feb. 23, 2015 -- {P1}</p><p>{P2}</p></div>\
             </body></html>"
        );
        assert_eq!(
            one(&page).published,
            Published::Day {
                day: Day::parse_iso("2015-02-23").expect("day"),
                source: DateSource::Text,
                evidence: "Feb. 23, 2015".to_string(),
            }
        );
        // Under a standfirst and a byline, the one of the first three
        // paragraphs that opens with a dateline (a German magazine's
        // "27.1.2022 - …"); not when two of them do (a chronology).
        let lead = "Zum Gedenktag erinnern die Vereine an verfolgte Frauen und ehren eine Ärztin \
                    mit der Verlegung eines Steins vor ihrem früheren Haus in der Stadt.";
        let story = |second: &str| {
            one(&format!(
                "<html lang='de'><body><h1>Gedenktag</h1><div class='text'><p>{lead}</p>\
                 <p>Von Claudia Lindner</p><p>27.1.2022 - {P1}</p><p>{second}</p></div></body></html>"
            ))
            .published
        };
        assert!(
            matches!(story(P2), Published::Day { day, .. } if day.to_string() == "2022-01-27"),
            "{:?}",
            story(P2)
        );
        let chronology = |third: &str| {
            one(&format!(
                "<html lang='de'><body><h1>Chronik</h1><div class='text'><p>{lead}</p>\
                 <p>27.1.2022 - {P1}</p><p>{third}</p><p>{P2}</p></div></body></html>"
            ))
            .published
        };
        assert_eq!(chronology(&format!("13.2.2022 - {P2}")), Published::None);
    }

    #[test]
    fn a_page_of_several_full_posts_gives_one_article_each_dated_by_its_own_time() {
        let p3 = "Shop owners on both banks, who had asked for a temporary footbridge, \
                  welcomed the decision but warned that the detour would cost them customers.";
        let page = format!(
            "<html lang='en'><head><title>Valley blog</title>\
             <meta property='article:published_time' content='2024-05-01'></head><body>\
             <nav><a href='/'>Home</a> <a href='/about'>About</a></nav><main>{}{}{}</main>\
             <footer>© Valley blog</footer></body></html>",
            post(
                "Bridge vote",
                "2024-03-04T18:00:00-05:00",
                "March 4",
                P1,
                P2
            ),
            post("Works begin", "2024-04-10", "April 10", P2, p3),
            post("Detour opens", "2024-04-20T08:00", "April 20", p3, P1),
        );
        let read = read(&page);
        let heads: Vec<(&str, String)> = read
            .articles
            .iter()
            .map(|a| {
                let day = match &a.published {
                    Published::Day { day, source, .. } => format!("{day} {}", source.name()),
                    other => format!("{other:?}"),
                };
                (a.title.as_str(), day)
            })
            .collect();
        assert_eq!(
            heads,
            [
                ("Bridge vote", "2024-03-04 time".to_string()),
                ("Works begin", "2024-04-10 time".to_string()),
                ("Detour opens", "2024-04-20 time".to_string()),
            ]
        );
        assert_eq!(read.articles[1].paragraphs[..2], [P2, p3]);
        assert!(
            read.articles
                .iter()
                .all(|a| a.language.as_deref() == Some("en"))
        );
        // One article with reader comments in <article>s and teasers of
        // other stories in <article>s beside it stays one article.
        let comment = |who: &str| {
            format!(
                "<article class='comment'><h3>{who}</h3><time datetime='2024-03-05'>March 5</time>\
                 <p>{P1}</p><p>{P2}</p></article>"
            )
        };
        let teaser = |t: &str| {
            format!(
                "<article><h3><a href='/x'>{t}</a></h3><time datetime='2024-01-01'>Jan 1</time><p>A short teaser.</p></article>"
            )
        };
        let page = format!(
            "<html><body><article><h1>Farmers protest</h1><time datetime='2024-03-04'>March 4</time>\
             <p>{P1}</p><p>{P2}</p><p>{P1} {P2}</p></article><section id='comments'>{}{}</section>\
             <aside>{}{}</aside></body></html>",
            comment("Ana"),
            comment("Li"),
            teaser("Council meets"),
            teaser("Market hall")
        );
        let a = one(&page);
        assert_eq!(a.title, "Farmers protest");
        // Comments outside furniture but without a heading are not posts.
        let page = format!(
            "<html><body><article><h1>Farmers protest</h1><time datetime='2024-03-04'>March 4</time>\
             <p>{P1}</p><p>{P2}</p></article><div>{}{}</div></body></html>",
            comment("Ana").replace("<h3>Ana</h3>", "<b>Ana</b>"),
            comment("Li").replace("<h3>Li</h3>", "<b>Li</b>"),
        );
        assert_eq!(one(&page).title, "Farmers protest");
    }

    #[test]
    fn a_full_date_in_the_title_tag_dates_a_page_that_gives_no_other() {
        let page = |head: &str| {
            format!(
                "<html lang='es'><head><title>Una solución para el puerto - 07.12.2017 - EL DIARIO</title>{head}</head>\
                 <body><h1>Una solución para el puerto</h1><p>{P1}</p><p>{P2}</p></body></html>"
            )
        };
        match one(&page("")).published {
            Published::Day { day, evidence, .. } => {
                assert_eq!(day, Day::parse_iso("2017-12-07").expect("day"));
                assert!(evidence.starts_with("<title>"), "{evidence}");
            }
            other => panic!("{other:?}"),
        }
        // The markup's date comes first.
        let a = one(&page(
            "<meta property='article:published_time' content='2017-12-06'>",
        ));
        assert!(
            matches!(a.published, Published::Day { day, .. } if day == Day::parse_iso("2017-12-06").expect("day"))
        );
    }

    #[test]
    fn a_date_printed_under_the_title_dates_the_page_and_is_not_text() {
        let a = one(&format!(
            "<html><body><h1>Farmers protest in the valley</h1><p>Published March 4, 2024</p>\
             <p>By Ana Ruiz</p><p>{P1}</p><p>{P2}</p></body></html>"
        ));
        assert_eq!(a.title, "Farmers protest in the valley");
        assert_eq!(
            a.published,
            Published::Day {
                day: Day::parse_iso("2024-03-04").expect("day"),
                source: DateSource::Text,
                evidence: "Published March 4, 2024".into()
            }
        );
        assert_eq!(a.paragraphs, [P1, P2]);
        // Spanish, between the headline and the text, outside its box.
        let a = one(&format!(
            "<html lang='es'><body><h1>Marcha en Bogotá</h1><div class='info'><span>Por Juan Pérez</span> | \
             <span>sábado, 3 de enero de 2026</span></div><div class='cuerpo'><p>{P1}</p><p>{P2}</p></div></body></html>"
        ));
        assert!(
            matches!(
                a.published,
                Published::Day {
                    source: DateSource::Text,
                    ..
                }
            ),
            "{:?}",
            a.published
        );
        assert_eq!(a.language.as_deref(), Some("es"));
    }

    #[test]
    fn a_headline_in_boxes_named_like_those_holding_the_text_is_the_page_s() {
        let day_title = |html: &str| {
            let a = one(html);
            match a.published {
                Published::Day { day, .. } => (Some(day.to_string()), a.title),
                _ => (None, a.title),
            }
        };
        // The whole article in a layout named for its sidebar, the
        // headline, byline and date over the text.
        let html = format!(
            "<html><body><div class='panel-display panel-two-col-sidebar-right-mix'>\
             <div class='pane-node-title'><h1>City buses to run all night</h1></div>\
             <div class='blog-author'>By Ana Ruiz, transport reporter</div>\
             <div class='post-date'>April 5, 2018 | 6:00 PM</div>\
             <div class='body'><p>{P1}</p><p>{P2}</p></div>\
             <div class='sidebar-right'><h3>Most read</h3><p>Other news</p></div></div></body></html>"
        );
        assert_eq!(
            day_title(&html),
            (
                Some("2018-04-05".into()),
                "City buses to run all night".into()
            )
        );
        // A site that calls every box a widget: the headline's as well.
        let html = format!(
            "<html><head><title>Nachtbusse fahren wieder | Stadtblatt</title></head><body>\
             <div class='widget-area'><div class='widget widget-hero'><h1>Nachtbusse fahren wieder</h1>\
             <p>Von Ana Ruiz</p><p>veröffentlicht <time>19. Mai 2026</time></p></div>\
             <div class='widget widget-content'><div class='article-body'><p>{P1}</p><p>{P2}</p></div></div>\
             </div><div class='widget widget-popular'><h1>Meistgelesen</h1></div></body></html>"
        );
        assert_eq!(
            day_title(&html),
            (Some("2026-05-19".into()), "Nachtbusse fahren wieder".into())
        );
        // A second title marked as such is not the headline.
        let html = format!(
            "<html><head><title>Kitchen mistakes | Homes</title>\
             <meta property='og:title' content='The five biggest kitchen mistakes'></head><body>\
             <h1 itemprop='alternativeHeadline'>Kitchen mistakes</h1><div class='text'><p>{P1}</p><p>{P2}</p></div></body></html>"
        );
        assert_eq!(day_title(&html).1, "The five biggest kitchen mistakes");
        // Teasers' h1s after the headline in the text's box: the h1 that
        // the JSON-LD headline names, not the last one, nor og:title.
        let html = format!(
            "<html><head><meta property='og:title' content='Notbetrieb: Kinder erlebten heißen Montag'>\
             <script type='application/ld+json'>{{\"@type\":\"NewsArticle\",\"headline\":\"Nur ein Drittel der Kinder kam in die Schule\"}}</script>\
             </head><body><div class='main'><h1>Nur ein Drittel der Kinder kam in die Schule</h1><div class='text'><p>{P1}</p><p>{P2}</p>\
             <div class='cards'><h1>Brand in Lienz gelöscht</h1><h1>Großbrand auf Video</h1></div></div></div></body></html>"
        );
        assert_eq!(
            day_title(&html).1,
            "Nur ein Drittel der Kinder kam in die Schule"
        );
    }

    #[test]
    fn bylines_with_a_date_between_headline_and_text_date_the_page() {
        let day_of = |html: &str| match one(html).published {
            Published::Day { day, evidence, .. } => Some((day.to_string(), evidence)),
            _ => None,
        };
        // A meta line under the headline: a name, a bar, the date.
        let html = format!(
            "<html><body><div class='top'><h1>Winter squash soup</h1><p class='byline'><a href='/a/lee'>Mai Lee</a> | \
             March 2, 2021</p></div><div class='entry'><p>{P1}</p><p>{P2}</p></div></body></html>"
        );
        assert_eq!(
            day_of(&html),
            Some(("2021-03-02".into(), "Mai Lee | March 2, 2021".into()))
        );
        // An author box inside the article's element, which the text
        // leaves out, before its first paragraph.
        let html = format!(
            "<html><body><h1>Winter squash soup</h1><div class='main'><div id='contributor'><img src='a.jpg' alt=''>\
             <p>By <a href='/a/lee'>Mai Lee</a> - 2 March 2021</p><p class='role'>Food Writer</p></div>\
             <div class='body'><p>{P1}</p><p>{P2}</p></div></div></body></html>"
        );
        assert_eq!(day_of(&html).map(|d| d.0).as_deref(), Some("2021-03-02"));
        // Parts split by slashes: a writer, an agency, the date.
        let html = format!(
            "<html><body><h1>Winter squash soup</h1><div class='byline'><a href='/a/lee'>Mai Lee</a> / PTI / \
             <span>Updated: Mar 2, 2021, 11:05 IST</span></div><div class='main'><p>{P1}</p><p>{P2}</p></div></body></html>"
        );
        assert_eq!(day_of(&html).map(|d| d.0).as_deref(), Some("2021-03-02"));
        // A date in the text itself is never the header's (past its first
        // blocks: a date alone under a standfirst is header).
        let html = format!(
            "<html><body><h1>Winter squash soup</h1><div class='main'><p>{P1}</p><p>{P2}</p><p>{P1}</p><p>{P2}</p>\
             <p>March 2, 2021</p><p>{P2}</p></div></body></html>"
        );
        assert_eq!(day_of(&html), None);
    }

    #[test]
    fn names_then_the_day_with_no_separator_date_the_page() {
        let day_of = |line: &str| {
            let html = format!(
                "<html><body><div class='top'><h1>Winter squash soup</h1><div class='meta'>{line}</div></div>\
                 <div class='entry'><p>{P1}</p><p>{P2}</p></div></body></html>"
            );
            match one(&html).published {
                Published::Day { day, .. } => Some(day.to_string()),
                _ => None,
            }
        };
        for (line, day) in [
            ("Mai Lee 20:00, 2 Mar 2021", "2021-03-02"),
            ("Mai Lee and Jo Roe 5:00PM GMT 2 Mar 2021", "2021-03-02"),
            // The published day, not the update's after it.
            (
                "Lucía Gómez 2 de marzo de 2021 16:51 h Actualizado el 03/03/2021 21:57 h",
                "2021-03-02",
            ),
            (
                "Mai Lee Tuesday, March 2, 2021 @ 11:10 PM UTC",
                "2021-03-02",
            ),
            // Norwegian "kl." and a Vietnamese weekday go with a date.
            (
                "Publisert 02.03.2021, kl. 13.05 Oppdatert 02.03.2021, kl. 13.52",
                "2021-03-02",
            ),
            ("Thứ ba, 2/3/2021, 19:25 (GMT+7)", "2021-03-02"),
            // "on", a time to read it, a handle; a section before the day
            // and the names after it.
            ("Mai Lee on Mar 2, 2021 14 min", "2021-03-02"),
            (
                "Mai Lee Journalist 4 minute read 2 March 2021 03:26 pm",
                "2021-03-02",
            ),
            ("Mai Lee , @mailee 2 March 2021", "2021-03-02"),
            ("Nuomonės 2021.03.02 19:59 Mai Lee", "2021-03-02"),
            ("Mai Lee 2 March '21, 11:57pm", "2021-03-02"),
        ] {
            assert_eq!(day_of(line).as_deref(), Some(day), "{line}");
        }
        // A sentence's opening, or words after the date, are no byline.
        for line in [
            "In Bergen 2 March 2021",
            "Mai Lee 2 March 2021 in Food and Drink",
            "In Bergen 2 March 2021 Mai Lee",
            "Mai Lee visited on 2 March 2021",
        ] {
            assert_eq!(day_of(line), None, "{line}");
        }
    }

    #[test]
    fn a_date_alone_under_the_standfirst_is_header_and_a_run_of_dates_is_text() {
        let a = one(&format!(
            "<html><body><h1>Winter squash soup</h1><div class='text'><p>A warming soup for cold days, ready in forty minutes.</p>\
             <p>Freitag, 05.03.2021, 19:25</p><p>{P1}</p><p>{P2}</p></div></body></html>"
        ));
        assert!(
            !a.paragraphs.iter().any(|p| p.contains("19:25")),
            "{:?}",
            a.paragraphs
        );
        assert!(
            matches!(&a.published, Published::Day { day, .. } if day.to_string() == "2021-03-05")
        );
        // A list of meetings' days is what the page says.
        let a = one(&format!(
            "<html><body><h1>Committee meetings</h1><div class='text'><p>The committee meets on these days.</p>\
             <p>Monday, November 25, 2013 at 3:00 PM</p><p>Tuesday, April 22, 2014 at 1:00 PM</p><p>{P1}</p><p>{P2}</p></div></body></html>"
        ));
        assert!(
            a.paragraphs.iter().any(|p| p.contains("November 25, 2013")),
            "{:?}",
            a.paragraphs
        );
        assert!(a.paragraphs.iter().any(|p| p.contains("April 22, 2014")));
    }

    #[test]
    fn a_small_footer_or_a_box_with_a_comment_count_under_the_headline_is_read() {
        let day_of = |html: &str| match one(html).published {
            Published::Day { day, .. } => Some(day.to_string()),
            _ => None,
        };
        // The byline's <footer> between the headline and the text, outside
        // any <article> (The Telegraph's), and a headline's footer box
        // (CNN's).
        let html = format!(
            "<html><body><main><header><h1>Winter squash soup</h1></header><footer class='footer-author'>\
             <span class='name'>Mai Lee</span> <time>2 March 2021 • 2:15pm</time></footer>\
             <article><p>{P1}</p><p>{P2}</p></article></main><footer><p>© 2021 The Daily</p></footer></body></html>"
        );
        assert_eq!(day_of(&html).as_deref(), Some("2021-03-02"));
        let html = format!(
            "<html><body><div class='headline'><h1>Winter squash soup</h1><div class='headline__footer'>\
             <div class='byline'>By Mai Lee</div><div class='timestamp'>Updated 11:22 PM EST, Tue March 2, 2021</div></div></div>\
             <section class='body'><p>{P1}</p><p>{P2}</p></section></body></html>"
        );
        assert_eq!(day_of(&html).as_deref(), Some("2021-03-02"));
        // A page's footer of links is still cut before parsing, and a
        // footer that holds a paragraph is not read for the day.
        let links: String = (0..60)
            .map(|i| format!("<a href='/s{i}'>Section {i}</a> "))
            .collect();
        let html = format!(
            "<html><body><h1>Winter squash soup</h1><footer><p>Posted March 2, 2021</p></footer>\
             <div class='body'><p>{P1}</p><p>{P2}</p></div><footer>{links}2 March 2021</footer></body></html>"
        );
        assert_eq!(day_of(&html), None);
        // A box named for the comments that holds only their count sits
        // beside the day: the day is read (elDiario.es).
        let html = format!(
            "<html><body><h1>Winter squash soup</h1><p class='authors'>Mai Lee</p><div class='date-comments-wrapper'>\
             <div class='date'><span>2 de marzo de 2021</span> <span>16:51 h</span></div><p class='comments'>47</p></div>\
             <div class='body'><p>{P1}</p><p>{P2}</p></div></body></html>"
        );
        assert_eq!(day_of(&html).as_deref(), Some("2021-03-02"));
    }

    #[test]
    fn an_article_headed_by_an_h3_takes_the_meta_line_under_it() {
        let a = one(&format!(
            "<html lang='de'><body><article class='articlemodule'><h3><span class='roofline'>Premiere in Guben</span> \
             <span class='titletext'>Altes Kino öffnet als Theater</span></h3>\
             <div class='technicalline'><div class='lineinfo'>Do 25.04.24 | 14:07 Uhr | Von Eva Kirsch</div></div>\
             <p>{P1}</p><p>{P2}</p></article></body></html>"
        ));
        assert!(
            matches!(&a.published, Published::Day { day, .. } if day.to_string() == "2024-04-25"),
            "{:?}",
            a.published
        );
        assert_eq!(a.paragraphs, [P1, P2]);
    }

    #[test]
    fn paragraphs_of_a_script_without_spaces_after_a_date_line_are_text() {
        let p1 = "マインドマップ風のツリーを描画できるライブラリが公開されました。データを渡すだけで、枝の広がる図が作れます。";
        let p2 = "使い方は簡単で、ノードの一覧を配列で用意し、描画する要素を指定するだけです。色や線の太さも変えられます。";
        let a = one(&format!(
            "<html lang='ja'><body><h1>ツリーを描画できる「Treeviz」</h1><p>By.KJ : 2019年04月04日 09:00</p>\
             <p>{p1}</p><p>{p2}</p></body></html>"
        ));
        assert!(
            matches!(&a.published, Published::Day { day, .. } if day.to_string() == "2019-04-04")
        );
        assert_eq!(a.paragraphs, [p1, p2]);
    }

    /// A page laid out in tables, as older company sites are (Elecom's
    /// news): its date is a row of one cell above the text, and an h1
    /// after the text (Google Translate's box, "Original text") is not its
    /// title.
    #[test]
    fn a_date_in_a_layout_table_s_row_dates_the_page_and_a_later_h1_is_no_title() {
        let p1 = "エレコム株式会社は、従来品に比べてキー荷重が軽くなった薄型キーボードについて、六つのモデルを三月中旬より新発売いたします。";
        let p2 = "いずれもキーを押した際の重さが、当社の従来品に比べて約十八パーセント軽くなり、長い時間の入力でも指が疲れにくくなりました。";
        let a = one(&format!(
            "<html lang='ja'><head><title>[News] 薄型キーボードを発売</title></head><body><div><table><tr><td><p>EL34-194</p></td></tr>\
             <tr><td align=right><p class='section-last'>2019.03.05</p></td></tr></table><p>{p1}</p><p>{p2}</p></div>\
             <div id='goog-gt-tt' class='skiptranslate'><div class='top'><h1 class='title gray'>Original text</h1></div></div></body></html>"
        ));
        assert!(
            matches!(&a.published, Published::Day { day, .. } if day.to_string() == "2019-03-05"),
            "{:?}",
            a.published
        );
        assert_eq!(a.title, "[News] 薄型キーボードを発売");
        assert_eq!(a.paragraphs, [p1, p2]);
        // A row of two cells is a fact of the text, not its header.
        let a = one(&format!(
            "<html><head><title>Bridge</title></head><body><div><table><tr><td>Opened</td><td>February 28, 1998</td></tr></table>\
             <p>{P1}</p><p>{P2}</p></div></body></html>"
        ));
        assert_eq!(a.published, Published::None);
    }

    /// A line of a few words that ends with a day and its time is the
    /// article's meta line, whatever stands between them.
    #[test]
    fn a_line_ending_with_a_day_and_its_time_is_a_meta_line() {
        for (line, day) in [
            ("OSS×クラウド最新TOPICS 2019年3月15日 09:43", "2019-03-15"),
            ("Politics March 4, 2024 9:30 pm", "2024-03-04"),
        ] {
            let a = one(&format!(
                "<html><body><h1>Bridge</h1><p>{line}</p><p>{P1}</p><p>{P2}</p></body></html>"
            ));
            assert!(
                matches!(&a.published, Published::Day { day: d, .. } if d.to_string() == day),
                "{line}: {:?}",
                a.published
            );
            assert_eq!(a.paragraphs, [P1, P2], "{line}");
        }
        // Not a sentence with a day and a time in it.
        for line in [
            "The new bridge will open to traffic on March 4, 2024 at 9:30 and close for repairs on Sunday",
            "Traffic on the old bridge, closed since the storm, will go back to normal on March 4, 2024 9:30",
        ] {
            let a = one(&format!(
                "<html><body><h1>Bridge</h1><p>{line}</p><p>{P1}</p><p>{P2}</p></body></html>"
            ));
            assert!(
                !matches!(a.published, Published::Day { .. }),
                "{line}: {:?}",
                a.published
            );
        }
    }

    #[test]
    fn parsely_s_day_dates_a_page_only_when_nothing_printed_does() {
        let head = "<head><meta name='parsely-page' content='{\"pub_date\": \"2021-03-03T02:00:00Z\"}'></head>";
        let day_of = |html: &str| match one(html).published {
            Published::Day { day, .. } => Some(day.to_string()),
            _ => None,
        };
        let html = format!(
            "<html>{head}<body><h1>Winter squash soup</h1><p>{P1}</p><p>{P2}</p></body></html>"
        );
        assert_eq!(day_of(&html).as_deref(), Some("2021-03-03"));
        let html = format!(
            "<html>{head}<body><h1>Winter squash soup</h1><p>By Mai Lee • 13.2.21</p><p>{P1}</p><p>{P2}</p></body></html>"
        );
        assert_eq!(day_of(&html).as_deref(), Some("2021-02-13"), "printed");
        // (A dotted date that reads both ways, on a page of no stated
        // order, is ambiguous: the page stays undated, saying why.)
        let html = format!(
            "<html>{head}<body><h1>Winter squash soup</h1><p>By Mai Lee • 3.2.21</p><p>{P1}</p><p>{P2}</p></body></html>"
        );
        assert_eq!(day_of(&html), None);
        assert!(
            matches!(&one(&html).published, Published::Unsure(why) if why.contains("ambiguous")),
            "{:?}",
            one(&html).published
        );
    }

    #[test]
    fn the_page_s_language_decides_a_numeric_date_that_reads_both_ways() {
        let page = |lang: &str| {
            format!(
                "<html lang='{lang}'><body><h1>Le pont</h1><p>Publié le 03/04/2019</p>\
                 <p>{P1}</p><p>{P2}</p></body></html>"
            )
        };
        let day_of = |html: &str| match one(html).published {
            Published::Day { day, .. } => Some(day.to_string()),
            _ => None,
        };
        assert_eq!(day_of(&page("fr")).as_deref(), Some("2019-04-03"));
        assert_eq!(day_of(&page("en-US")).as_deref(), Some("2019-03-04"));
        assert_eq!(day_of(&page("en")), None, "English of no region: ambiguous");
        // No lang attribute: the text is French.
        let fr = "Le conseil municipal a voté mardi pour la reconstruction du vieux pont sur la rivière, \
                  après deux ans de débats et une pétition des habitants qui sont contents.";
        let html = format!(
            "<html><body><h1>Le pont</h1><p>Publié le 03/04/2019</p><p>{fr}</p><p>{fr}</p></body></html>"
        );
        assert_eq!(day_of(&html).as_deref(), Some("2019-04-03"));
        assert_eq!(one(&html).language.as_deref(), Some("fr"));
    }

    #[test]
    fn a_date_line_over_the_headline_or_a_date_box_anywhere_dates_a_page_that_says_nothing_else() {
        let day_of = |html: &str| match one(html).published {
            Published::Day { day, .. } => Some(day.to_string()),
            _ => None,
        };
        // A weather service's report: the day in an `<h3>` over the h1,
        // in a box named as nothing.
        let html = format!(
            "<html lang='de'><body><div id='content'><h3>21.01.2022</h3>\
             <h1>Jahresbericht 2021</h1><div class='text'><p>{P1}</p><p>{P2}</p></div></div></body></html>"
        );
        assert_eq!(day_of(&html).as_deref(), Some("2022-01-21"));
        // A news agency: the time in a block of the page's header row,
        // apart from the headline's box and the text's.
        let html = format!(
            "<html><body><div class='header'><div class='h-info'><span class='h-time'>2020-02-19 20:29:58</span>\
             <span>Source: agency</span></div></div><div class='main'><div class='h-title'><h1>The bridge</h1></div>\
             <div class='text'><p>{P1}</p><p>{P2}</p></div></div></body></html>"
        );
        assert_eq!(day_of(&html).as_deref(), Some("2020-02-19"));
        // The site's own header, with today's date in a box named as a
        // date and on a line of its own, just over the headline: the day
        // the page was seen, not the article's.
        let html = format!(
            "<html><body><header><div class='date'>Tuesday, December 8, 2026</div></header>\
             <main><h1>The bridge</h1><div class='text'><p>{P1}</p><p>{P2}</p></div></main></body></html>"
        );
        assert_eq!(day_of(&html), None);
        let html = format!(
            "<html><body><div id='page'><div role='banner'><p>December 8, 2026</p></div>\
             <div><h1>The bridge</h1><div class='text'><p>{P1}</p><p>{P2}</p></div></div></div></body></html>"
        );
        assert_eq!(day_of(&html), None);
    }

    #[test]
    fn a_box_named_as_the_date_or_a_header_line_that_starts_with_one_dates_the_page() {
        let day_of = |html: &str| match one(html).published {
            Published::Day { day, source, .. } => Some((day.to_string(), source)),
            _ => None,
        };
        // A blog: the date box above the post's title.
        let html = format!(
            "<html><body><div class='post'><div class='date'>Thursday, May 26, 2016</div>\
             <h2>Rhubarb cake</h2><div class='entry'><p>{P1}</p><p>{P2}</p></div></div></body></html>"
        );
        assert_eq!(day_of(&html), Some(("2016-05-26".into(), DateSource::Text)));
        // Slate: "March 9 2017 4:21 PM" in a pub-date box beside the title.
        let html = format!(
            "<html><body><article><div class='prop-desc'>Politics</div><div class='pub-date'>March 9 2017 4:21 PM</div>\
             <h1>Who is winning</h1><p>{P1}</p><p>{P2}</p></article></body></html>"
        );
        assert_eq!(day_of(&html), Some(("2017-03-09".into(), DateSource::Text)));
        // A Chinese header line: the date, then the source.
        let html = format!(
            "<html><body><h1>短缺药品保供稳价</h1><div class='info'> 2023-11-17 20:52:15 <span>来源：新华网</span></div>\
             <div class='content'><p>{P1}</p><p>{P2}</p></div></body></html>"
        );
        assert_eq!(day_of(&html), Some(("2023-11-17".into(), DateSource::Text)));
        // A box named as the date of an update, or a related story's, is not.
        let html = format!(
            "<html><body><article><h1>Who is winning</h1><div class='updated-date'>March 10 2017</div>\
             <p>{P1}</p><p>{P2}</p><div class='related'><span class='date'>March 1, 2017</span></div></article></body></html>"
        );
        assert_eq!(day_of(&html), None);
        // A box named for both, an update and a posting, under the
        // headline: what it prints is the posting (BuzzFeed's
        // `update_posted_time_3758406`: "posted on April 21, 2015").
        let html = format!(
            "<html><body><article><hgroup><h1>Who is winning</h1><p class='description'><b>The count goes on.</b></p>\
             <span class='post_datetimes'><span id='update_posted_time_371' class='buzz_datetime'>posted on  April 21, 2015, at 11:29 a.m.</span></span>\
             </hgroup><div class='byline'>Ana Ruiz</div><p>{P1}</p><p>{P2}</p></article></body></html>"
        );
        assert_eq!(day_of(&html), Some(("2015-04-21".into(), DateSource::Text)));
        // One named for an update that says it is the publication
        // (LittleThings' `PostHeader__ScUpdatedAtText`: "Published Oct
        // 19, 2022").
        let html = format!(
            "<html><body><div class='PostHeader'><h1>Who is winning</h1><div class='PostHeader__ScSubTitleBox'>\
             <div class='PostHeader__ScCategoryText'><a href='/life'>Life</a></div>\
             <span class='PostHeader__ScUpdatedAtText-j677h5-6'>Published Oct 19, 2022</span></div></div>\
             <div class='PostBody'><p>{P1}</p><p>{P2}</p></div></body></html>"
        );
        assert_eq!(day_of(&html), Some(("2022-10-19".into(), DateSource::Text)));
        // (The category's box ends its line: the evidence is the date's
        // own line, not "LifePublished …".)
        assert!(
            matches!(&one(&html).published, Published::Day { evidence, .. } if evidence == "Published Oct 19, 2022"),
            "{:?}",
            one(&html).published
        );
    }

    #[test]
    fn markup_beats_a_printed_date_and_a_masthead_s_today_is_never_the_day() {
        let a = one(&format!(
            "<html><head><meta property='article:published_time' content='2024-03-03T23:10:00-05:00'></head>\
             <body><div class='top'>Today: Friday, March 8, 2024</div><h1>Farmers protest</h1>\
             <p>Updated March 5, 2024</p><p>{P1}</p><p>{P2}</p></body></html>"
        ));
        assert!(
            matches!(a.published, Published::Day { source: DateSource::Meta, day, .. } if day.to_string() == "2024-03-03")
        );
        let a = one(&format!(
            "<html><body><div class='top'>Friday, March 8, 2024</div><h1>Farmers protest</h1><p>{P1}</p><p>{P2}</p></body></html>"
        ));
        assert_eq!(
            a.published,
            Published::None,
            "the date above the headline is the site's"
        );
    }

    #[test]
    fn a_date_line_just_above_the_headline_in_the_article_s_box_dates_it() {
        let day_of = |html: &str| match one(html).published {
            Published::Day { day, .. } => Some(day.to_string()),
            _ => None,
        };
        let day = |d: &str| d.to_string();
        let kicker = |above: &str| {
            day_of(&format!(
                "<html><body><div id='wrap'><div class='top'>Friday, March 8, 2024</div>\
                 <div id='content'><article>{above}<h1>Farmers protest</h1><p>{P1}</p><p>{P2}</p>\
                 </article></div></div></body></html>"
            ))
        };
        assert_eq!(
            kicker("<p class='kicker'>12.03.2019</p>"),
            Some(day("2019-03-12"))
        );
        assert_eq!(
            kicker("<div><span>March 12, 2019</span> <span>Politics</span></div>"),
            Some(day("2019-03-12"))
        );
        // A section's link and the day a style sets apart, glued in the
        // markup (LRT's "Nuomonės" and "2024.03.31 19:59").
        assert_eq!(
            kicker("<div><a href='/opinion'>Opinion</a><span>2019.03.12 19:59</span></div>"),
            Some(day("2019-03-12"))
        );
        // (A title wrapper opening with the headline: the box above it.)
        assert_eq!(
            day_of(&format!(
                "<html><body><main><div class='story'><div class='date'>März 12, 2019</div>\
                 <header class='entry-header'><h1>Farmers protest</h1></header><p>{P1}</p><p>{P2}</p>\
                 </div></main></body></html>"
            )),
            Some(day("2019-03-12"))
        );
        // A box named as a date just before the news item's box that its
        // headline opens (Sanwa Supply's, under its section's h1); not
        // before a box that opens with text. (Before a box not named as an
        // article's, the date is still a line just above the headline in
        // the box two levels up: it dates the page, see `lines_before`.)
        let before = |item: &str| {
            day_of(&format!(
                "<html><body><main><h1>News releases</h1>\
                 <dl class='date'><dt>2019.03.08</dt><dd><a href='/news/'>All news</a></dd></dl>{item}</main></body></html>"
            ))
        };
        assert_eq!(
            before(&format!(
                "<div id='newsContent'><h1 class='news'>A mouse that reads a fingerprint</h1><p>{P1}</p><p>{P2}</p></div>"
            )),
            Some(day("2019-03-08"))
        );
        assert_eq!(
            before(&format!(
                "<div id='newsContent'><p>Other news this week: a keyboard that folds, a screen that rolls up, and a charger.</p>\
                 <h1 class='news'>A mouse that reads a fingerprint</h1><p>{P1}</p><p>{P2}</p></div>"
            )),
            None
        );
        assert_eq!(
            before(&format!(
                "<div id='main'><h1>A mouse that reads a fingerprint</h1><p>{P1}</p><p>{P2}</p></div>"
            )),
            Some(day("2019-03-08"))
        );
        // The site's masthead above the whole content, even with the
        // headline first in its box, is not the article's; nor prose.
        assert_eq!(kicker(""), None);
        assert_eq!(
            kicker("<p>The vote was set for March 12, 2019 by the farmers' union.</p>"),
            None
        );
    }

    #[test]
    fn title_copies_and_clutter_lines_go_and_a_page_without_text_says_so() {
        let a = one(&format!(
            "<html><head><title>Council backs bridge | Town Paper</title></head><body>\
             <div class='story'><h2>Council backs bridge</h2><p>{P1}</p><p>Share</p><p>Advertisement</p><p>{P2}</p>\
             <p>Copyright 2026 Town Paper. All rights reserved.</p></div></body></html>"
        ));
        assert_eq!(a.paragraphs, [P1, P2]);
        assert_eq!(
            a.words,
            3 + crate::read::tokens::count_words(P1) + crate::read::tokens::count_words(P2)
        );
        let page = read(
            "<html><body><nav><a href='/'>Home</a></nav><script>var a = 1;</script></body></html>",
        );
        assert!(page.articles.is_empty());
        assert!(
            page.warnings[0].starts_with("no main text found"),
            "{:?}",
            page.warnings
        );
    }

    #[test]
    fn a_note_about_the_author_under_the_text_goes() {
        let page = |last: &str| {
            one(&format!(
                "<html><head><meta name='author' content='Ana Ruiz and Tom Park'></head><body>\
                 <article><h1>Bridge to reopen</h1><p>{P1}</p>\
                 <p>Ana Ruiz visited the site with the mayor on Monday and saw the old deck.</p>\
                 <p>{P2}</p><p>{P1} Again.</p><p>{P2} Later.</p>{last}</article></body></html>"
            ))
        };
        // (A byline's name at the start of a paragraph in the text stays:
        // only the last three are looked at.)
        let bio = "<p>Tom Park is a correspondent in Lima. He covered the region's elections for ten years.</p>\
                   <p>Follow him on X.</p>";
        let a = page(bio);
        assert_eq!(a.paragraphs.len(), 5, "{:?}", a.paragraphs);
        assert!(a.paragraphs[1].starts_with("Ana Ruiz visited"));
        // Another name, or the name inside a sentence, is text.
        for last in [
            "<p>Luis Soto is the engineer who will lead the work next spring.</p>",
            "<p>As Tom Park reported last year, the work was delayed.</p>",
        ] {
            assert_eq!(page(last).paragraphs.len(), 6, "{last}");
        }
        // A newsroom named as the author is no author to write a note about.
        let wire = one(&format!(
            "<html><head><meta name='author' content='The Associated Press'></head><body>\
             <article><h1>Bridge to reopen</h1><p>{P1}</p><p>{P2}</p><p>{P1} Again.</p>\
             <p>{P2} Later.</p><p>The Associated Press has asked the council for the full report.</p>\
             </article></body></html>"
        ));
        assert_eq!(wire.paragraphs.len(), 5, "{:?}", wire.paragraphs);
    }

    #[test]
    fn a_page_whose_text_is_not_in_its_markup_is_its_own_description() {
        // A photo gallery (Spanish): the pictures and their one-word
        // captions are the page; its og:description says what it is.
        let gallery = |head: &str| {
            read(&format!(
                "<html lang='es'><head><title>Las fotos del desfile | Revista</title><meta property='og:site_name' content='Revista'>{head}\
                 <meta property='article:published_time' content='2024-09-05T10:00:00+02:00'></head>\
                 <body><nav><a href='/'>Inicio</a> <a href='/moda'>Moda</a></nav>\
                 <div class='gallery'><figure><img src='1.jpg'><figcaption>Look 1</figcaption></figure>\
                 <figure><img src='2.jpg'><figcaption>Look 2</figcaption></figure></div></body></html>"
            ))
        };
        let said =
            "Todas las fotos del desfile de primavera de la diseñadora en Madrid, look a look.";
        let page = gallery(&format!(
            "<meta property='og:description' content='{said}'>"
        ));
        assert_eq!(page.articles.len(), 1, "{:?}", page.warnings);
        let a = &page.articles[0];
        assert_eq!(a.paragraphs, [said]);
        assert_eq!(a.title, "Las fotos del desfile");
        assert!(
            matches!(a.published, Published::Day { day, .. } if day.to_string() == "2024-09-05")
        );
        assert!(
            page.warnings[0].contains("description (15 words)"),
            "{:?}",
            page.warnings
        );
        // A site's blurb in <meta name="description">, or a description of a
        // few words, does not make a page of text.
        for head in [
            format!("<meta name='description' content='{said}'>"),
            "<meta property='og:description' content='Keynote by Ana Ruiz'>".to_string(),
        ] {
            let page = gallery(&head);
            assert!(page.articles.is_empty(), "{head}");
            assert!(
                page.warnings[0].contains("no article text"),
                "{:?}",
                page.warnings
            );
        }
    }

    #[test]
    fn a_meta_line_of_site_dates_and_byline_at_the_top_of_the_text_is_header() {
        let a = one(&format!(
            "<html lang='fr'><body><h1>Le projet de loi</h1><div class='article'>\
             <p>Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger</p>\
             <p>{P1}</p><p>{P2}</p></div></body></html>"
        ));
        assert_eq!(a.paragraphs, [P1, P2]);
        assert!(
            matches!(a.published, Published::Day { day, .. } if day.to_string() == "2015-05-04"),
            "{:?}",
            a.published
        );
        // A photo's caption under the headline, a sentence and its credit
        // after a bar, is not a meta line (Mallorca Magazin's): the day is
        // the one printed after it.
        let a = one(&format!(
            "<html lang='de'><body><div class='post'><h1>Vargas Llosa ist tot</h1><figure>\
             <p class='img-description'>Mario Vargas Llosa, peruanischer Schriftsteller (2010). Am 13.04.2025 \
             ist Mario Vargas Llosa im Alter von 89 Jahren in Lima gestorben. | Foto: Jörg Carstensen/dpa</p>\
             </figure><div class='post-info'><span>dpa</span> <span class='post-date'>15.04.25 09:56</span></div>\
             <div class='text'><p>{P1}</p><p>{P2}</p></div></div></body></html>"
        ));
        assert!(
            matches!(a.published, Published::Day { day, .. } if day.to_string() == "2025-04-15"),
            "{:?}",
            a.published
        );
    }

    #[test]
    fn a_kicker_and_headline_atop_the_text_are_read_past_to_the_byline_and_date() {
        // t-online: the kicker and the headline are two headings at the
        // top of the text, then the byline and the date line.
        let a = one(&format!(
            "<html lang='de'><body><div class='crumbs'><h1>Trump postet nach Kritik nächstes KI-Foto</h1></div>\
             <article><h2><span>Nach erneuter Kritik an Papst Leo</span><div>Trump postet schon wieder \
             Jesus-KI-Foto</div></h2><div>Von t-online, jse</div><div>15.04.2026 - 15:48 Uhr</div>\
             <p>{P1}</p><p>{P2}</p></article></body></html>"
        ));
        assert_eq!(a.paragraphs, [P1, P2]);
        assert!(
            matches!(a.published, Published::Day { day, .. } if day.to_string() == "2026-04-15"),
            "{:?}",
            a.published
        );
        // A section heading after the date line is the text's.
        let a = one(&format!(
            "<html><body><article><h1>Friday Facts</h1><p>Posted by kovarex on 2019-02-15</p>\
             <h2>The release plan</h2><p>{P1}</p><p>{P2}</p></article></body></html>"
        ));
        assert_eq!(a.paragraphs, ["The release plan", P1, P2]);
    }

    #[test]
    fn a_headline_in_a_layout_named_for_its_sidebar_is_the_article_s() {
        // Metro: the article, its h1 and its text in `sidebar-layout` boxes
        // (a column beside the text); the sidebar itself stays foreign.
        let a = one(&format!(
            "<html><head><title>Sweden tells households how to survive | World News | Metro News</title></head>\
             <body><div class='sidebar-layout'><div class='sidebar-layout__content'><article>\
             <header class='article__header'><h1>Sweden tells households how to survive</h1>\
             <p>Published November 18, 2024 9:26pm</p></header><div class='article-body'><p>{P1}</p><p>{P2}</p></div>\
             </article></div><div class='sidebar-layout__sidebar'><h1>Most read</h1><p>March 3, 2024</p></div></div></body></html>"
        ));
        assert_eq!(a.title, "Sweden tells households how to survive");
        assert!(
            matches!(a.published, Published::Day { day, .. } if day.to_string() == "2024-11-18"),
            "{:?}",
            a.published
        );
        assert_eq!(a.paragraphs, [P1, P2]);
    }

    #[test]
    fn an_aside_of_the_article_s_own_byline_and_date_under_the_headline_dates_it() {
        // The Guardian: the byline and day in an <aside> between the
        // standfirst and the text; a related box in an <aside> is not read.
        let page = |aside: &str| {
            one(&format!(
                "<html><body><article><h1>Death toll in Valencia fire rises to 10</h1>\
                 <div class='standfirst'><p>Police continue to search debris after the blaze</p></div>{aside}\
                 <div class='article-body'><p>{P1}</p><p>{P2}</p></div></article></body></html>"
            ))
            .published
        };
        assert!(matches!(
            page("<aside><address>Associated Press in Valencia</address><div>Sat 24 Feb 2024 12.42 CET</div></aside>"),
            Published::Day { day, .. } if day.to_string() == "2024-02-24"
        ));
        assert_eq!(
            page(
                "<aside class='more'><h2>More on this story</h2><ul><li><a href='/a'>Fire in Madrid</a> \
                  <div>Sat 17 Feb 2024 10.02 CET</div></li></ul></aside>"
            ),
            Published::None
        );
    }

    #[test]
    fn a_page_with_no_headline_takes_its_first_sentence() {
        let a = one(&format!(
            "<html><body><div><p>{P1}</p><p>{P2}</p></div></body></html>"
        ));
        assert!(a.title_derived);
        assert!(
            a.title.starts_with("The council voted on Tuesday"),
            "{}",
            a.title
        );
        assert_eq!(
            a.words,
            crate::read::tokens::count_words(P1) + crate::read::tokens::count_words(P2)
        );
    }

    #[test]
    fn a_page_showing_only_its_start_takes_the_text_its_json_ld_gives() {
        // A paywalled page: the first paragraph shown, the whole text in
        // the JSON-LD's articleBody (paragraphs a line each, a character
        // reference, a `<` that is text).
        let rest: Vec<String> = (0..12)
            .map(|i| format!("In the {i}th week the crews worked on the deck &amp; rails, and 3 < 4 of the lights were replaced."))
            .collect();
        let body = format!("{P1}\n\n{P2}\n{}", rest.join("\n"));
        let page = |body: &str, shown: &str| {
            format!(
                "<html><head><script type='application/ld+json'>{{\"@type\":\"NewsArticle\",\
                 \"headline\":\"Bridge to be rebuilt\",\"articleBody\":{}}}</script></head>\
                 <body><h1>Bridge to be rebuilt</h1><article>{shown}</article></body></html>",
                serde_json::to_string(body).expect("json")
            )
        };
        let a = one(&page(
            &body,
            &format!("<p>{P1}</p><p class='paywall'>Subscribe to read on.</p>"),
        ));
        assert_eq!(a.paragraphs.len(), 14, "{:?}", a.paragraphs);
        assert_eq!(a.paragraphs[..2], [P1, P2]);
        assert_eq!(
            a.paragraphs[13],
            "In the 11th week the crews worked on the deck & rails, and 3 < 4 of the lights were replaced."
        );
        // Shown whole: the page's own paragraphs.
        let shown: String = [P1, P2]
            .iter()
            .chain(rest.iter().map(String::as_str).collect::<Vec<_>>().iter())
            .map(|p| format!("<p>{p}</p>"))
            .collect();
        let a = one(&page(&body, &shown));
        assert_eq!(a.paragraphs.len(), 14, "{:?}", a.paragraphs);
        // A body in HTML.
        let tagged: String = [P1, P2]
            .iter()
            .map(|p| format!("<p>{p}</p>"))
            .collect::<String>()
            + &rest
                .iter()
                .map(|p| format!("<p>{p}</p>"))
                .collect::<String>();
        let a = one(&page(&tagged, &format!("<p>{P1}</p>")));
        assert_eq!(a.paragraphs.len(), 14, "{:?}", a.paragraphs);
        // A body that is another text, or a summary, is not taken.
        let other = rest.join("\n");
        assert_eq!(one(&page(&other, &format!("<p>{P1}</p>"))).paragraphs, [P1]);
        let a = one(&page(P1, &format!("<p>{P1}</p><p>{P2}</p>")));
        assert_eq!(a.paragraphs, [P1, P2]);
        // Nothing shown: a body of 50 words or more is the text.
        let page_of = |body: &str| read(&page(body, ""));
        assert_eq!(page_of(&body).articles[0].paragraphs.len(), 14);
        assert!(page_of(P1).articles.is_empty());
    }
}
