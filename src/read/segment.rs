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
//! 3. **Article headers.** A *date line* (see [`crate::read::dates::date_line`])
//!    right after a title line (skipping up to two short lines such as a
//!    byline) starts an article: a feed page is a run of title + date
//!    headers. Text before the first header becomes an article only if it
//!    holds prose; otherwise it is page furniture.
//! 4. **Wire datelines.** A paragraph that opens with a dateline
//!    ("ALEPPO, Syria (AP) — …") starts a new article when the current one
//!    already had its dateline, or when it opens with an agency dateline
//!    after three paragraphs of prose: the "recommended" story glued below
//!    an agency story. Its title is the headline line just above it, else
//!    its first sentence, shortened.
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

use crate::read::dates::{self, DateLine};
use crate::read::language;
use crate::read::linescan::{self, LineScan, is_separator};
use crate::read::tokens;
use rustc_hash::FxHashSet;

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

/// Words in a line as [`collapse_lines`] leaves it (single spaces between
/// words). Lines of a page have this counted once, in [`Line::words`].
fn words(s: &str) -> usize {
    let s = s.trim();
    if s.is_empty() {
        0
    } else {
        1 + s.bytes().filter(|&b| b == b' ').count()
    }
}

/// The characters of `t` in a script written without spaces (see
/// [`crate::read::tokens::in_unspaced_script`]); only a line with the
/// lead bytes of those scripts is read character by character.
fn unspaced_chars(t: &str) -> usize {
    if !t
        .bytes()
        .any(|b| matches!(b, 0xE0 | 0xE1 | 0xE3..=0xE9 | 0xEF | 0xF0))
    {
        return 0;
    }
    t.chars()
        .filter(|&c| crate::read::tokens::in_unspaced_script(c))
        .count()
}

/// The part of a line its key is made of: without trailing punctuation
/// (and `»`, `›`) and surrounding white space.
fn key_text(s: &str) -> &str {
    s.trim_end_matches(|c: char| c.is_ascii_punctuation() || c == '»' || c == '›')
        .trim()
}

/// Lower-cased, without trailing punctuation, for comparing lines.
fn key(s: &str) -> String {
    key_text(s).to_lowercase()
}

/// Whether `key(s) == k`, for a lower-case `k`; an ASCII line is compared
/// without building its key.
fn key_is(s: &str, k: &str) -> bool {
    let t = key_text(s);
    if t.is_ascii() {
        t.eq_ignore_ascii_case(k)
    } else {
        key(s) == k
    }
}

/// Whether `key(s)` is one of `list` (lower-case entries), without building
/// the key of an ASCII line.
fn key_in(s: &str, list: &[&str]) -> bool {
    let t = key_text(s);
    if t.is_ascii() {
        list.iter().any(|k| t.eq_ignore_ascii_case(k))
    } else {
        list.contains(&key(s).as_str())
    }
}

/// Whether `key(s)` starts with "by " (a byline).
fn key_is_byline(s: &str) -> bool {
    // ASCII letters compare without case (only "b"/"B" lower-cases to a
    // string starting with "b", and so on); the key is trimmed, so text
    // follows the space. Markdown emphasis around it goes first.
    let t = key_text(s).trim_start_matches(['*', '_']).as_bytes();
    ["by ", "posted by ", "written by "].iter().any(|p| {
        t.get(..p.len())
            .is_some_and(|x| x.eq_ignore_ascii_case(p.as_bytes()))
    })
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
    // Labels of other stories' boxes and adverts in other languages.
    "para saber más",
    "lee también",
    "publicidad",
    "à lire aussi",
    "lire aussi",
    "publicité",
    "mehr zum thema",
    "lesen sie auch",
    "weitere artikel",
    "anzeige",
    "werbung",
    "leggi anche",
    "pubblicità",
    "leia também",
    "publicidade",
    "czytaj więcej",
    "czytaj też",
    "czytaj także",
    "zobacz też",
    "zobacz także",
    "reklama",
    "čtěte také",
    "čtěte též",
    "читайте также",
    "реклама",
    // The labels of an author's box and of other stories' boxes under a
    // text, on a line of their own.
    "about the author",
    "you might also like",
    "über den autor",
    "zum weiterlesen",
    "schon gelesen",
    "das könnte sie auch interessieren",
    "weitere beiträge",
    "lea también",
    "lea más",
    "lee más",
    "ver también",
    "puedes ver",
    "mira también",
    "sobre el autor",
    "à propos de l'auteur",
    "join the conversation",
];

/// Markers after which a page lists other stories.
const LIST_MARKERS: &[&str] = &[
    "related",
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
    // ASCII lower-casing only: the patterns are ASCII, and it is far cheaper
    // than Unicode lower-casing on every line of every page.
    let lower = line.to_ascii_lowercase();
    let credit = has_caption_marker(lower.trim());
    clutter(line, &lower, words(line), credit)
}

/// [`is_clutter`] from what a page computes once per line: the line, its
/// ASCII lower-case copy, its word count and whether its trimmed lower-case
/// text holds one of [`CAPTION_MARKERS`].
fn clutter(line: &str, lower: &str, n: usize, credit: bool) -> bool {
    if !line.chars().any(char::is_alphanumeric) {
        return true;
    }
    if n <= 8 && (is_navigation(line) || is_url_or_domain(line)) {
        return true;
    }
    if lower.starts_with("the post ") && lower.contains(" appeared first on ") {
        return true;
    }
    // Copyright notices and a wire story's credits ("Reporting by …;
    // Editing by …", without a full stop: a sentence that starts so is
    // text).
    if n <= 25 {
        let t = lower.trim_start();
        if t.starts_with('©')
            || (t.starts_with("copyright ") && t.bytes().any(|b| b.is_ascii_digit()))
            || lower.contains("all rights reserved")
            || lower.contains("derechos reservados")
            || t.starts_with("our standards:")
        {
            return true;
        }
        const CREDITS: &[&str] = &[
            "reporting by ",
            "additional reporting by ",
            "writing by ",
            "editing by ",
            "compiled by ",
        ];
        // (Longer when it lists who did what: "Reporting by … in Beirut,
        // … in The Hague and … in London; Writing by …; Editing by …".)
        let listed = lower.contains("; editing by ") || lower.contains("; writing by ");
        if (n <= 20 || listed)
            && CREDITS.iter().any(|c| t.starts_with(c))
            && !ends_like_sentence(line)
        {
            return true;
        }
        // "Associated Press writer … contributed to this report.", "Ana
        // Ruiz contributed reporting from Caracas."
        if lower.contains(" contributed to this report") || lower.contains(" contributed reporting")
        {
            return true;
        }
    }
    // A teaser set in parentheses on a line of its own inside the text
    // (El Tiempo's "(Le puede interesar: Buscan responsables de …)",
    // "(También puede leer: …)"): its label asks the reader to read or
    // watch another story.
    if n <= 40 && lower.trim_start().starts_with('(') && lower.trim_end().ends_with(')') {
        let inner = lower.trim().trim_start_matches('(');
        if let Some((label, _)) = inner.split_once(':')
            && label.split_whitespace().count() <= 5
            && label.split_whitespace().any(|w| {
                matches!(
                    w,
                    "leer"
                        | "lea"
                        | "lee"
                        | "vea"
                        | "ver"
                        | "read"
                        | "see"
                        | "lesen"
                        | "lire"
                        | "leia"
                        | "video"
                        | "vídeo"
                        | "watch"
                ) || w.starts_with("interes")
            })
        {
            return true;
        }
    }
    // A site's own promotion set in square brackets inside the text (the
    // Tagesspiegel's "[Alle wichtigen Updates des Tages … im kostenlosen
    // Tagesspiegel-Newsletter … Zur Anmeldung geht es hier.]", "[… unsere
    // App, die Sie hier für Apple- und Android-Geräte herunterladen
    // können.]"): the newsletter, the app or a subscription.
    if (8..=60).contains(&n)
        && lower.trim_start().starts_with('[')
        && lower.trim_end().ends_with(']')
    {
        const PROMO: &[&str] = &[
            "newsletter",
            "abonn",
            "subscribe",
            "sign up",
            "anmeldung",
            "herunterladen",
            "download",
            "android",
        ];
        // (The site's own ask: an editor's note that names an app is text.)
        let own = ["unser", "our ", "hier", "here", "kostenlos", "free"]
            .iter()
            .any(|w| lower.contains(w));
        if own && PROMO.iter().any(|w| lower.contains(w)) {
            return true;
        }
    }
    // The site's notices under a story (up to 60 words: a site may run
    // them together, with its copyright line): its rights ("This article is
    // the copyrighted property of …", "Written permission must be
    // obtained before reprint …", the AP's "This material may not be
    // published, broadcast, rewritten or redistributed."), a paywall's
    // ("To view the full story, please subscribe …", "… already a
    // subscriber, you can log in …") and a blog's disclaimer ("…
    // nicht notwendigerweise die der Redaktion", "… do not necessarily
    // reflect the views of …").
    // (Not what someone said or a court found: "…, Smith said.")
    let reported = [" said", " says", " found", "dijo", "sagte", "according to"]
        .iter()
        .any(|w| lower.contains(w));
    if n <= 60
        && !reported
        && (lower.contains("copyrighted property of")
            || (lower.contains("written permission")
                && (lower.contains("reprint") || lower.contains("reproduc")))
            || lower.contains("may not be published, broadcast, rewritten")
            || (lower.contains("please subscribe")
                && (lower.contains("to view")
                    || lower.contains("to read")
                    || lower.contains("to continue")))
            || lower.contains("already a subscriber")
            || (lower.contains("meinung des autors") && lower.contains("redaktion"))
            || (lower.contains("necessarily reflect")
                && (lower.contains("views of")
                    || lower.contains("opinion")
                    || lower.contains("editorial"))))
    {
        return true;
    }
    // Where the article appeared in print, under its text: "A version of
    // this article appears in print on …, on Page A1 of the New York
    // edition with the headline: …", "Appeared in the March 3, 2019, print
    // edition as '…'.".
    if n <= 60 {
        let t = lower.trim_start();
        if (t.starts_with("a version of this article appear")
            || t.starts_with("a version of this story appear"))
            && t.contains(" in print")
            || t.starts_with("appeared in the ") && t.contains(" print edition")
        {
            return true;
        }
    }
    // A paywall's line about the rest of the article ("Il vous reste
    // 57.09% de cet article à lire. La suite est réservée aux abonnés.").
    if n <= 25
        && (lower.contains("de cet article à lire")
            || lower.contains("réservée aux abonnés")
            || lower.contains("this article is for subscribers")
            || lower.contains("exclusivo para suscriptores"))
    {
        return true;
    }
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
    // The prefix first: it is cheap and seldom matches, the link search is not.
    if n <= 25
        && PROMO.iter().any(|p| lower.starts_with(p))
        && (lower.contains("http://") || lower.contains("https://") || lower.contains("www."))
    {
        return true;
    }
    credit || caption_edges(lower.trim())
}

/// A short line that is navigation: a [`NAV`] or [`LIST_MARKERS`] entry, a
/// count of comments ("3 Kommentare"),
/// "Skip to …", or a reading time ("2 min read", "5 minute read", "3 min").
fn is_navigation(line: &str) -> bool {
    let t = key_text(line);
    if t.is_ascii() {
        navigation_key(t, |a, b| a.eq_ignore_ascii_case(b))
    } else {
        navigation_key(&key(line), |a, b| a == b)
    }
}

/// [`is_navigation`] on a key, or on an ASCII key text compared with `eq`
/// ignoring case.
fn navigation_key(k: &str, eq: impl Fn(&str, &str) -> bool) -> bool {
    if NAV.iter().chain(LIST_MARKERS).any(|n| eq(k, n))
        || k.get(..8).is_some_and(|p| eq(p, "skip to "))
    {
        return true;
    }
    let mut w = k.split_whitespace();
    let (Some(number), Some(unit), third, None) = (w.next(), w.next(), w.next(), w.next()) else {
        return false;
    };
    number.bytes().all(|b| b.is_ascii_digit())
        && (["min", "mins", "minute", "minutes"]
            .iter()
            .any(|u| eq(unit, u))
            && third.is_none_or(|x| eq(x, "read"))
            // A count of the reader comments, the link to them: "3
            // Kommentare", "12 comments".
            || third.is_none() && crate::read::dates::is_comment_count_word(&unit.to_lowercase()))
}

/// A photo caption or credit line.
pub fn is_caption(line: &str) -> bool {
    let lower = line.trim().to_ascii_lowercase();
    has_caption_marker(&lower) || caption_edges(&lower)
}

/// Credits found anywhere in a lower-case caption.
const CAPTION_MARKERS: &[&str] = &[
    "(ap photo",
    "(photo:",
    "(photo by",
    "(foto:",
    "photo courtesy",
    "(reuters/",
    "reuters/",
    // (Not "(AFP)" or "(Bloomberg)" alone: a wire story's dateline,
    // `PARIS (AFP) - …`, holds them.)
    "(afp/",
    "(afp /",
    "(afp photo",
    "afp via getty",
    "getty images",
    "(efe/",
    "(bloomberg/",
    "(bloomberg /",
    "(bloomberg via",
    "photo illustration",
];

/// Bytes and words of which every [`CAPTION_MARKERS`] entry holds at least
/// one: a page is searched for these (fast, with `memchr`) rather than for
/// every marker in every line.
const MARKER_BYTES: [u8; 2] = [b'(', b'/'];
const MARKER_WORDS: [&str; 2] = ["photo", "getty"];

fn has_caption_marker(lower: &str) -> bool {
    CAPTION_MARKERS.iter().any(|p| lower.contains(p))
}

/// A lower-case caption that starts or ends like a credit.
fn caption_edges(t: &str) -> bool {
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
        "(afp)",
        "(bloomberg)",
        "/ getty images",
        "/ efe",
        "/ bloomberg",
    ];
    STARTS.iter().any(|p| t.starts_with(p)) || ENDS.iter().any(|p| t.ends_with(p))
}

/// For a lower-case text of lines (each followed by `\n`, starting at the
/// offsets `starts`), which lines hold one of [`CAPTION_MARKERS`]. Markers
/// never hold `\n`, so each one found lies in one line.
fn lines_with_caption_marker(lower: &str, starts: &[usize]) -> Vec<bool> {
    let mut found = vec![false; starts.len()];
    let b = lower.as_bytes();
    let mut check = |at: usize, anchor: &str| {
        let line = starts.partition_point(|&s| s <= at) - 1;
        if found[line] {
            return;
        }
        // Every marker that holds the anchor, placed so that its copy of the
        // anchor is the one found here.
        found[line] = CAPTION_MARKERS.iter().any(|m| {
            m.match_indices(anchor).any(|(offset, _)| {
                at.checked_sub(offset)
                    .and_then(|start| b.get(start..start + m.len()))
                    .is_some_and(|s| s == m.as_bytes())
            })
        });
    };
    let [open, slash] = MARKER_BYTES;
    for at in memchr::memchr2_iter(open, slash, b) {
        check(at, if b[at] == open { "(" } else { "/" });
    }
    for word in MARKER_WORDS {
        for at in memchr::memmem::find_iter(b, word) {
            check(at, word);
        }
    }
    found
}

fn ends_like_sentence(t: &str) -> bool {
    t.trim_end()
        .ends_with(['.', '!', '?', '…', '"', '”', '’', ')', '»', ':', ';'])
}

/// A paragraph of running text, `n` being its word count.
fn is_prose(t: &str, n: usize) -> bool {
    n >= 20 || (n >= 6 && ends_like_sentence(t))
}

/// Share of words of four or more letters that start with a capital.
fn title_case_share(t: &str) -> f32 {
    let (mut long, mut caps) = (0usize, 0usize);
    for w in t.split_whitespace() {
        if w.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
            long += 1;
            if w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
            {
                caps += 1;
            }
        }
    }
    if long == 0 {
        return 0.0;
    }
    caps as f32 / long as f32
}

/// A line that reads like a headline: short, and either without closing
/// punctuation (a question or exclamation is fine) or in Title Case. `n` is
/// its word count.
fn is_headline(t: &str, n: usize) -> bool {
    if n == 0 || n > 25 {
        return false;
    }
    let trimmed = t.trim_end();
    !trimmed.ends_with(['.', ';', ',', ':', '"', '”', ')'])
        || (n <= 20 && title_case_share(t) >= 0.75)
}

/// A news dateline opening a paragraph, as printed: the place a story
/// was filed from, maybe a region, its date and the agency, up to the
/// dash that ends it (`ALEPPO, Syria (AP) —`, `LA PAZ —`, `SALVADOR, Feb
/// 26 -`, `CARLSBAD, Calif., May 5, 2025 /PRNewswire/ --`, `Bogotá, 14 de
/// febrero de 2025 (EFE).-`). One parser for every reader of datelines:
/// segmenting splits stories at them, dates stories by them and leaves
/// them out of titles; discovering names takes their place for a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dateline<'a> {
    /// The place, before the first comma: `ALEPPO`, `Bogotá`, `NEW YORK`.
    pub place: &'a str,
    /// Whether the place is written in capitals.
    pub capitals: bool,
    /// What stands between the place's comma and the agency: a region, a
    /// date or both (`Syria`, `Feb 26`, `Calif., May 5, 2025`); empty when
    /// the place has no comma.
    pub after: &'a str,
    /// The agency named in parentheses or slashes: `AP`, `PRNewswire`.
    pub agency: Option<&'a str>,
    /// The dateline as printed, without its dash.
    pub printed: &'a str,
    /// Bytes of the paragraph up to the end of the dash.
    pub len: usize,
}

/// The dateline `t` opens with, if any: one to five words that each start
/// with a capital and hold only letters and `.'’-` (at least three
/// letters in all), maybe a comma and a region or a date, maybe an agency,
/// then a dash followed by a space within the first 80 characters — an em
/// or en dash, a typed ` - ` or ` -- `, or the `.-` that Spanish agencies
/// put after a date or an agency; or a full stop after a place and a full
/// date alone, as letters, releases and speeches open (`Madrid, 12 de
/// febrero de 2024.`, `London, February 12, 2024.`). Whether the region
/// and date fit is the caller's to judge ([`Dateline::after`]).
pub fn dateline(t: &str) -> Option<Dateline<'_>> {
    let s = t.trim_start();
    if !s.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let (dash, dash_len) = first_dash(s)?;
    let end = dash + dash_len;
    if !s[end..].starts_with(' ') {
        return None;
    }
    let by_full_stop = s.as_bytes()[dash] == b'.' && dash_len == 1;
    let printed = s[..dash].trim_end();
    let (plain, agency) = if let Some(h) = printed.strip_suffix(')') {
        let open = h.rfind('(')?;
        (&h[..open], Some(&h[open + 1..]))
    } else if let Some(h) = printed.strip_suffix('/') {
        let open = h.rfind('/')?;
        (&h[..open], Some(&h[open + 1..]))
    } else {
        (printed, None)
    };
    if let Some(a) = agency
        && (a.is_empty()
            || a.chars().count() > 20
            || words(a) > 2
            || !a.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '.'))
    {
        return None;
    }
    let (place, after) = match plain.split_once(',') {
        Some((place, after)) => (place.trim(), after.trim()),
        None => (plain.trim(), ""),
    };
    // (Two places filed from: `BEIRUT/THE HAGUE`.)
    let place_word = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-' | '/'))
            && !w.ends_with('/')
    };
    // The place's province or state in parentheses, before the comma
    // (Spanish papers: `Valdeluna (Toledo), 25 de marzo de 2024.-`).
    let place = match place.strip_suffix(')').and_then(|h| h.split_once('(')) {
        Some((town, region))
            if !after.is_empty()
                && (1..=3).contains(&region.split_whitespace().count())
                && region.split_whitespace().all(place_word) =>
        {
            town.trim_end()
        }
        _ => place,
    };
    let n = place.split_whitespace().count();
    if !(1..=5).contains(&n)
        || !place.split_whitespace().all(place_word)
        || place.chars().filter(|c| c.is_alphabetic()).count() < 3
    {
        return None;
    }
    // (A full stop ends a dateline only after a place and a date, nothing
    // else but an article, `Lyon, le 5 mars 2024.`: not `Smith, born May 5,
    // 1950. He …`.)
    let article = |w: &str| w.len() <= 3 && w.chars().all(char::is_lowercase);
    if by_full_stop
        && (agency.is_some()
            || !dates::find_dates(after).first().is_some_and(|m| {
                m.end == after.len()
                    && matches!(m.value, dates::DateValue::Day(_))
                    && article(after[..m.start].trim())
            }))
    {
        return None;
    }
    Some(Dateline {
        place,
        capitals: !place.chars().any(char::is_lowercase),
        after,
        agency,
        printed,
        len: t.len() - s.len() + end,
    })
}

/// A wire dateline that opens a story, where segmenting may split: the
/// place in capitals, then nothing, a short region or a date before the
/// dash (`ALEPPO, Syria (AP) —`, `SALVADOR, Feb 26 -`). Returns whether
/// an agency was named and the byte length of the dateline.
fn wire_dateline(t: &str) -> Option<(bool, usize)> {
    // The place opens the line (after white space) with at least three
    // letters, all capitals: a quick test of its first two bytes turns
    // most paragraphs away before the dash is looked for.
    let place_byte = |c: u8| {
        !c.is_ascii()
            || c.is_ascii_uppercase()
            || matches!(c, b'.' | b'\'' | b'-')
            || char::from(c).is_whitespace()
    };
    if !t.bytes().take(2).all(place_byte) {
        return None;
    }
    let d = dateline(t)?;
    let after_ok = d.after.is_empty()
        || (words(d.after) <= 4 && d.after.chars().next().is_some_and(char::is_uppercase))
        || dated_after(d.after).is_some();
    (d.capitals && after_ok).then_some((d.agency.is_some(), d.len))
}

/// The month and day of a wire dateline without a year that opens a
/// paragraph, with the dateline as printed: a place in capitals or an
/// agency named, then the day and the month in either order (`SEVILLA, 5
/// mar (EFE) –`, `WASHINGTON, March 5 (Reuters) -`, `PARIS, 5 mars (AFP)
/// -`, `BERLIN, 5. März (dpa) -`, `Sevilla, 5 de marzo (EFE).-`). Agencies
/// print no year; the corpus gives it ([`crate::read::corpus`]).
pub fn yearless_dateline(t: &str) -> Option<(u8, u8, &str)> {
    let d = dateline(t)?;
    if !(d.capitals || d.agency.is_some()) || d.after.is_empty() || dated_after(d.after).is_some() {
        return None;
    }
    let when = d.after.rsplit(',').next()?;
    let words: Vec<&str> = when
        .split_whitespace()
        .filter(|w| !matches!(*w, "de" | "del"))
        .collect();
    let [a, b] = words[..] else {
        return None;
    };
    let number = |w: &str| -> Option<u8> {
        let w = w.strip_suffix('.').unwrap_or(w);
        (w.len() <= 2 && w.bytes().all(|c| c.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
            .filter(|n| (1..=31).contains(n))
    };
    let month = |w: &str| dates::month_number_any(&w.trim_end_matches('.').to_lowercase());
    let (m, day) = match (number(a), number(b)) {
        (Some(day), None) => (month(b)?, day),
        (None, Some(day)) => (month(a)?, day),
        _ => return None,
    };
    // (A day the month has in some year: 29 February.)
    dates::Day::new(2024, m.into(), day.into())?;
    Some((m, day, d.printed))
}

/// The day a paragraph's opening dateline gives, with the dateline as
/// printed: a place and a full date (`BOGOTÁ, Jan 3, 2026 (Reuters) -`,
/// `Bogotá, 14 de febrero de 2025 (EFE).-`), or a full date alone before
/// the dash (`Feb. 23, 2015 -- `, a health site's dateline).
pub fn opening_date(t: &str) -> Option<(dates::Day, &str)> {
    if let Some(d) = dateline(t)
        && let Some(day) = dated_after(d.after)
    {
        return Some((day, d.printed));
    }
    let s = t.trim_start();
    let (dash, _) = first_dash(s)?;
    let head = s[..dash].trim_end();
    let m = dates::find_dates(head).into_iter().next()?;
    match m.value {
        dates::DateValue::Day(day) if m.start == 0 && m.end == head.len() => Some((day, head)),
        _ => None,
    }
}

/// The day of a full date that ends a dateline's [`Dateline::after`]
/// (`March 30, 1987`; `Nigeria, April 2, 1987`; `14 de febrero de 2025`).
fn dated_after(after: &str) -> Option<dates::Day> {
    let m = dates::find_dates(after).into_iter().last()?;
    match m.value {
        dates::DateValue::Day(d) if m.end == after.len() => Some(d),
        _ => None,
    }
}

/// Byte offset and length of the first dash among the first 80 characters:
/// an em or en dash, a typed ` - ` or ` -- `, or a Spanish `.-`.
fn first_dash(t: &str) -> Option<(usize, usize)> {
    // 80 characters take at most 320 bytes; both dashes are E2 80 93/94.
    let b = &t.as_bytes()[..t.len().min(320)];
    let long = memchr::memchr_iter(0xe2, b)
        .find(|&i| b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x93 | 0x94)))
        .map(|i| (i, 3));
    // Typed wire copy: " - " or " -- " ("SALVADOR, Feb 26 - Showers").
    let typed = memchr::memmem::find(b, b" -").and_then(|i| {
        let n = b[i + 1..].iter().take_while(|&&c| c == b'-').count();
        (n <= 2 && b.get(i + 1 + n) == Some(&b' ')).then_some((i + 1, n))
    });
    // Spanish agencies: ".-" after the date or the agency ("… de 2025
    // (EFE).- El").
    let spanish = memchr::memmem::find_iter(b, b".-")
        .find(|&i| i > 0 && (b[i - 1] == b')' || b[i - 1].is_ascii_digit()))
        .map(|i| (i, 2));
    // A full stop after a year ("… de 2024. Los"), which [`dateline`]
    // takes only after a place and a date alone.
    let full_stop = memchr::memmem::find_iter(b, b". ")
        .find(|&i| {
            i >= 4
                && b[i - 4..i].iter().all(u8::is_ascii_digit)
                && (i == 4 || !b[i - 5].is_ascii_alphanumeric())
        })
        .map(|i| (i, 1));
    let (at, len) = [long, typed, spanish, full_stop]
        .into_iter()
        .flatten()
        .min()?;
    let chars_before = b[..at].iter().filter(|&&c| (c as i8) >= -0x40).count();
    (chars_before < 80).then_some((at, len))
}

/// A title made from the first sentence of a paragraph (dateline removed),
/// cut at a word boundary near 90 characters.
fn derived_title(paragraph: &str) -> String {
    // The dateline goes, with or without its date ("ALEPPO, Syria (AP) —",
    // "Bogotá, 14 de febrero de 2025 (EFE).- El …").
    let text = dateline(paragraph)
        .filter(|d| {
            wire_dateline(paragraph).is_some()
                || (!d.after.is_empty() && dated_after(d.after).is_some())
        })
        .map(|d| paragraph[d.len..].trim())
        .filter(|rest| !rest.is_empty())
        .unwrap_or(paragraph.trim());
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

/// Rule 1: the lines of a page, trimmed, white space collapsed to single
/// spaces, empty ones gone, in one text where each is followed by `\n`;
/// with each line's offset and [`LineScan`].
fn collapse_lines(text: &str) -> (String, Vec<(usize, LineScan)>) {
    let mut out = String::new();
    let lines = collapse_lines_into(text, &mut out);
    (out, lines)
}

/// [`collapse_lines`] into `out` (cleared first), whose memory is used
/// again from page to page.
fn collapse_lines_into(text: &str, out: &mut String) -> Vec<(usize, LineScan)> {
    out.clear();
    out.reserve(text.len() + 1);
    let mut lines = Vec::new();
    let mut from = 0;
    let breaks = memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]);
    for end in breaks {
        let raw = &text[from..end];
        from = end + 1;
        let scanned = linescan::scan(raw);
        let start = out.len();
        if scanned.collapsed {
            out.push_str(raw);
            out.push('\n');
            lines.push((start, scanned));
            continue;
        }
        let mut words = raw.split(is_separator).filter(|w| !w.is_empty());
        if let Some(first) = words.next() {
            out.push_str(first);
            for w in words {
                out.push(' ');
                out.push_str(w);
            }
            lines.push((start, linescan::scan(&out[start..])));
            out.push('\n');
        }
    }
    lines
}

/// What a `Key: value` line at the head of a text says of it: a title
/// (`Title: Budget address`), who wrote or spoke it (`Author:`,
/// `Speaker:`), or something else about it (`Place:`, `Source:`,
/// `Tags:`). Dates (`Date:`) are date lines.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Field {
    None,
    Title,
    Byline,
    Other,
}

/// Keys of [`Field`] lines, lower case, in the languages of the readers.
const TITLE_KEYS: &[&str] = &[
    "title", "headline", "subject", "título", "titulo", "titular", "titre", "titel", "titolo",
];
const BYLINE_KEYS: &[&str] = &[
    "author",
    "authors",
    "by",
    "byline",
    "writer",
    "speaker",
    "reporter",
    "autor",
    "autora",
    "autores",
    "orador",
    "oradora",
    "auteur",
    "verfasser",
    "redner",
    "rednerin",
    "autore",
];
const OTHER_KEYS: &[&str] = &[
    "place",
    "location",
    "venue",
    "event",
    "occasion",
    "source",
    "url",
    "link",
    "tags",
    "category",
    "categories",
    "keywords",
    "language",
    "lang",
    "publication",
    "publisher",
    "section",
    "lugar",
    "ubicación",
    "fuente",
    "evento",
    "lieu",
    "ort",
    "quelle",
    "luogo",
    "fonte",
];

/// The [`Field`] of a line and where its value starts: a known key, a
/// colon, a space and a value, on a short line.
fn field_of(t: &str, n: usize) -> (Field, usize) {
    let Some(colon) = t.get(..24).unwrap_or(t).find(':') else {
        return (Field::None, 0);
    };
    let (k, rest) = (&t[..colon], &t[colon + 1..]);
    if n > 16 || !rest.starts_with(' ') || rest.trim().is_empty() {
        return (Field::None, 0);
    }
    let k = k
        .trim_start_matches(['*', '_', '#', ' '])
        .trim_end_matches(['*', '_']);
    // (Lower-cased once: the keys are short, and a few are not ASCII.)
    let k = k.to_lowercase();
    let is = |list: &[&str]| list.contains(&k.as_str());
    let field = if is(TITLE_KEYS) {
        Field::Title
    } else if is(BYLINE_KEYS) {
        Field::Byline
    } else if is(OTHER_KEYS) {
        Field::Other
    } else {
        return (Field::None, 0);
    };
    let value = colon + 1 + (rest.len() - rest.trim_start_matches([' ', '*', '_']).len());
    (field, value)
}

/// A line of a page with what the rules ask of it, worked out once.
struct Line<'a> {
    /// Its text (a [`Field::Title`] line's value only).
    text: &'a str,
    /// What it says of the text, as a `Key: value` line.
    field: Field,
    /// Words, as [`words`] counts them.
    words: usize,
    /// Words, as [`crate::read::tokens::count_words`] counts them.
    counted_words: usize,
    /// [`is_clutter`].
    clutter: bool,
    /// [`dates::date_line`].
    date: Option<DateLine>,
}

impl Line<'_> {
    fn prose(&self) -> bool {
        is_prose(self.text, self.words)
    }

    fn headline(&self) -> bool {
        self.field == Field::Title
            || (self.field == Field::None && is_headline(self.text, self.words))
    }

    /// A byline: "By …" or an author's or speaker's field line.
    fn byline(&self) -> bool {
        self.field == Field::Byline || (self.words <= 8 && key_is_byline(self.text))
    }

    fn list_marker(&self) -> bool {
        self.words <= 3 && key_in(self.text, LIST_MARKERS)
    }

    fn title_line(&self) -> bool {
        self.headline() && self.words >= 2 && !self.prose() && self.date.is_none()
    }
}

/// The lines of a collapsed page (see [`collapse_lines`]).
fn read_lines<'a>(page: &'a str, scans: &[(usize, LineScan)]) -> Vec<Line<'a>> {
    read_lines_with(page, scans, &mut String::new())
}

/// [`read_lines`], with `lower` for the lower-case copy of the page.
fn read_lines_with<'a>(
    page: &'a str,
    scans: &[(usize, LineScan)],
    lower: &mut String,
) -> Vec<Line<'a>> {
    let starts: Vec<usize> = scans.iter().map(|&(start, _)| start).collect();
    lower.clear();
    lower.push_str(page);
    lower.make_ascii_lowercase();
    let lower = lower.as_str();
    let credits = lines_with_caption_marker(lower, &starts);
    let ends = starts.iter().skip(1).copied().chain([page.len()]);
    let mut lines: Vec<Line<'a>> = scans
        .iter()
        .zip(ends)
        .zip(credits)
        .map(|((&(start, scanned), end), credit)| {
            // Each line is followed by '\n'.
            let text = &page[start..end - 1];
            let lower = &lower[start..end - 1];
            // A collapsed line is trimmed, so `words` is its spaces plus one;
            // in a script without spaces (Japanese, Chinese, Thai), one
            // more for every two of its characters, about a word's length
            // there (a paragraph of Japanese was one "word", a short line,
            // and a text file of it had no article).
            let n = scanned.spaces + 1 + unspaced_chars(text) / 2;
            let (field, value) = field_of(text, n);
            // A date line has at most 16 words and a digit (see date_line).
            let date = (n <= 16 && scanned.digit && field == Field::None)
                .then(|| dates::date_line(text))
                .flatten();
            let text = if field == Field::Title {
                &text[value..]
            } else {
                text
            };
            Line {
                text,
                field,
                words: n,
                counted_words: scanned.words,
                clutter: clutter(text, lower, n, credit),
                date,
            }
        })
        .collect();
    settle_numeric_dates(page, &mut lines);
    lines
}

/// Date lines whose numeric date could be read both ways (`03/04/2019`)
/// are read again the way the page decides: by its own unambiguous
/// numeric dates, else its language (see [`language::date_order`]). Only
/// pages that have such a line pay for it.
fn settle_numeric_dates(page: &str, lines: &mut [Line<'_>]) {
    let ambiguous = |l: &Line<'_>| {
        l.date
            .as_ref()
            .is_some_and(|d| matches!(d.value, dates::DateValue::Ambiguous { .. }))
    };
    if !lines.iter().any(ambiguous) {
        return;
    }
    let order = language::date_order(language::guess(page), dates::numeric_evidence(page));
    if order == dates::DateOrder::Unknown {
        return;
    }
    for l in lines.iter_mut().filter(|l| ambiguous(l)) {
        l.date = dates::date_line_ordered(l.text, order);
    }
}

/// An article header: its first line, its title line and its date line.
struct Anchor {
    start: usize,
    title: usize,
    date: usize,
    line: DateLine,
}

/// Headers where the title comes first ("Title / By X / 3 January 2026"),
/// or — for a feed laid out the other way round — at least two headers
/// where the date line comes first and a headline follows it, when that
/// finds more headers.
fn find_anchors(lines: &[Line]) -> Vec<Anchor> {
    let title_first = title_first_anchors(lines);
    let date_first = date_first_anchors(lines);
    // A feed of date lines each followed by a headline can also show a
    // title-first header where the last line of one story (a one-line
    // paragraph, a sign-off) stands above the next date line: the layout
    // that finds more headers is the page's.
    if date_first.len() >= 2 && date_first.len() > title_first.len() {
        date_first
    } else {
        title_first
    }
}

fn title_first_anchors(lines: &[Line]) -> Vec<Anchor> {
    let mut anchors: Vec<Anchor> = Vec::new();
    for (j, l) in lines.iter().enumerate() {
        let Some(line) = &l.date else {
            continue;
        };
        let floor = anchors.last().map_or(0, |a| a.date + 1);
        // Look back over at most two short lines (a byline, "Updated on").
        let mut k = j;
        let mut skipped = 0;
        // A place's line ("Wellington, New Zealand") under the title of a
        // speech or a release: the title is above it, if a headline is.
        let mut place = None;
        let title = loop {
            if k == floor {
                break place;
            }
            k -= 1;
            let c = &lines[k];
            if c.clutter {
                continue;
            }
            let byline = c.byline() || c.field == Field::Other;
            if !byline
                && c.headline()
                && (c.words >= 2 || c.field == Field::Title)
                && c.date.is_none()
            {
                if place.is_none() && skipped < 3 && place_line(c.text) {
                    place = Some(k);
                    skipped += 1;
                    continue;
                }
                break Some(k);
            }
            if (byline || c.words <= 4) && skipped < 3 {
                skipped += 1;
                continue;
            }
            break place;
        };
        if let Some(title) = title {
            anchors.push(Anchor {
                start: title,
                title,
                date: j,
                line: line.clone(),
            });
        }
    }
    anchors
}

/// A line that names a place and no more: two to five words, a comma
/// between two capitalised parts, no digit and no closing mark
/// ("Wellington, New Zealand", "Bogotá, Colombia", "Washington, D.C").
fn place_line(t: &str) -> bool {
    let t = t.trim();
    let Some((a, b)) = t.split_once(", ") else {
        return false;
    };
    let capital = |p: &str| p.starts_with(char::is_uppercase);
    (2..=5).contains(&words(t))
        && capital(a)
        && capital(b)
        && !b.contains(',')
        && !t.bytes().any(|c| c.is_ascii_digit())
        && !t.ends_with(['!', '?', ':', '…'])
        && !t.ends_with("..")
}

fn date_first_anchors(lines: &[Line]) -> Vec<Anchor> {
    let mut anchors = Vec::new();
    for (j, l) in lines.iter().enumerate() {
        let Some(line) = &l.date else {
            continue;
        };
        let next = (j + 1..lines.len()).find(|&k| !lines[k].clutter);
        if let Some(title) = next.filter(|&k| lines[k].title_line()) {
            anchors.push(Anchor {
                start: j,
                title,
                date: j,
                line: line.clone(),
            });
        }
    }
    anchors
}

/// Splits a page into articles. Never panics; a page with no recognisable
/// structure is one article titled by its first line or sentence.
pub fn segment(text: &str) -> Vec<Segment> {
    let (page, scans) = collapse_lines(text);
    let lines = read_lines(&page, &scans);
    segment_lines(&lines)
        .into_iter()
        .map(|f| f.segment(&lines))
        .collect()
}

/// [`segment`], and the number of words of the page that are in none of
/// its articles (navigation, captions, copies, header dates, bylines, lists
/// of other stories): only the lines left out are counted.
pub fn segment_counting_removed(text: &str) -> (Vec<Segment>, usize) {
    let (counted, removed) = segment_counting_words(text, &mut Buffers::default());
    (counted.into_iter().map(|(s, _)| s).collect(), removed)
}

/// Memory for the text of a page and its lower-case copy, kept from one
/// page to the next by a reader of many pages.
#[derive(Default)]
pub(crate) struct Buffers {
    page: String,
    lower: String,
}

/// [`segment_counting_removed`], with each segment the number of words of
/// the text it counts: its title (unless derived) and its paragraphs, words
/// as [`crate::read::tokens::count_words`] counts them.
pub(crate) fn segment_counting_words(
    text: &str,
    buffers: &mut Buffers,
) -> (Vec<(Segment, usize)>, usize) {
    let scans = collapse_lines_into(text, &mut buffers.page);
    let lines = read_lines_with(&buffers.page, &scans, &mut buffers.lower);
    let found = segment_lines(&lines);
    // Every line is counted once, whether it is kept or not.
    let line_words: Vec<usize> = lines.iter().map(|l| l.counted_words).collect();
    let mut kept = vec![0u32; lines.len()];
    for f in &found {
        for i in f.counted_lines() {
            kept[i] += 1;
        }
    }
    let removed = if kept.iter().all(|&k| k <= 1) {
        (0..lines.len())
            .filter(|&i| kept[i] == 0)
            .map(|i| line_words[i])
            .sum()
    } else {
        removed_by_text(&lines, &found, &line_words)
    };
    let counted = found
        .into_iter()
        .map(|f| {
            let n = f.counted_lines().map(|i| line_words[i]).sum();
            (f.segment(&lines), n)
        })
        .collect();
    (counted, removed)
}

/// The words of the lines that no segment keeps, each kept text taking one
/// line with the same text (the first left): the general case, for a page
/// where one line is kept twice (as the title of two headers).
fn removed_by_text(lines: &[Line], found: &[Found], line_words: &[usize]) -> usize {
    let mut kept: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
    for f in found {
        for i in f.counted_lines() {
            *kept.entry(lines[i].text).or_default() += 1;
        }
    }
    lines
        .iter()
        .zip(line_words)
        .filter(|(l, _)| match kept.get_mut(l.text) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .map(|(_, &n)| n)
        .sum()
}

/// A segment as found, by line numbers: its title line (or a title made
/// from the first sentence), its paragraph lines and its header date.
struct Found {
    title: Result<usize, String>,
    paragraphs: Vec<usize>,
    header_date: Option<DateLine>,
}

impl Found {
    /// The lines of the text it counts: title line and paragraphs.
    fn counted_lines(&self) -> impl Iterator<Item = usize> + '_ {
        self.title
            .iter()
            .copied()
            .chain(self.paragraphs.iter().copied())
    }

    fn segment(self, lines: &[Line]) -> Segment {
        let title_derived = self.title.is_err();
        Segment {
            title: match self.title {
                Ok(i) => lines[i].text.to_string(),
                Err(derived) => derived,
            },
            paragraphs: self
                .paragraphs
                .iter()
                .map(|&i| lines[i].text.to_string())
                .collect(),
            header_date: self.header_date,
            title_derived,
        }
    }
}

fn segment_lines(lines: &[Line]) -> Vec<Found> {
    let anchors = find_anchors(lines);
    let mut out = Vec::new();
    let first = anchors.first().map_or(lines.len(), |a| a.start);
    // Text before the first header: an article only if it has prose that is
    // not a copy of the first title.
    let first_title_key = anchors.first().map(|a| key(lines[a.title].text));
    let preamble_has_prose = lines[..first].iter().any(|l| {
        !l.clutter
            && l.prose()
            && first_title_key
                .as_deref()
                .is_none_or(|k| !key_is(l.text, k))
    });
    if anchors.is_empty() || preamble_has_prose {
        let all: Vec<usize> = (0..first).collect();
        read_range(lines, &all, None, &mut out);
    }
    for (n, a) in anchors.iter().enumerate() {
        let end = anchors.get(n + 1).map_or(lines.len(), |b| b.start);
        // Everything from the header on but its title and date lines.
        let rest: Vec<usize> = (a.start..end)
            .filter(|&i| i != a.title && i != a.date)
            .collect();
        read_range(lines, &rest, Some((a.title, a.line.clone())), &mut out);
    }
    date_from_wire_datelines(lines, &mut out);
    out
}

/// An article with no header date whose text opens with a wire dateline
/// without a year ("SALVADOR, Feb 26 - Showers continued …"), or whose
/// headline is followed by one, takes that
/// day in the year of the page's header: the date of the article before
/// it, else the first date line of the page or a date in one of its first
/// lines (a month more than six away
/// from the header's is in the year before or after it).
fn date_from_wire_datelines(lines: &[Line], found: &mut [Found]) {
    // A header date with words before it ("Wire stories, 1987-03-06",
    // "Class notes, 12 March 2025") may head a digest: a dateline that
    // opens the story below it dates the story, in its year.
    let labelled = |d: &DateLine| {
        dates::find_dates(&d.printed)
            .first()
            .is_some_and(|m| d.printed[..m.start].chars().any(char::is_alphabetic))
    };
    if found
        .iter()
        .all(|f| f.header_date.as_ref().is_some_and(|d| !labelled(d)))
    {
        return;
    }
    // The page's header: its first date line, or a full date in one of its
    // first lines that is short enough to be a header ("Commodity news,
    // 26-FEB-1987"; a long line is text, and is not read for dates here).
    let first_on_page = lines
        .iter()
        .find_map(|l| match l.date.as_ref()?.value {
            dates::DateValue::Day(d) => Some(d),
            _ => None,
        })
        .or_else(|| {
            lines
                .iter()
                .take(5)
                .filter(|l| l.text.len() <= MAX_HEADER_BYTES)
                .find_map(|l| first_full_date(l.text))
        });
    // A title in capitals of three words at most over a headline that
    // stands just above the story's wire dateline ("WIRE STORIES" over
    // "BANK RATES STEADY" over "NEW YORK, March 3 - …", "ECONOMY" over a
    // headline) is a page's or a section's name: the headline titles the
    // story.
    for f in found.iter_mut() {
        let (&Ok(t), Some(&p)) = (&f.title, f.paragraphs.first()) else {
            continue;
        };
        if lines[t].words <= 3
            && tokens::is_caps(lines[t].text.trim())
            && dateline(lines[p].text).is_some_and(|d| d.capitals && !d.after.is_empty())
            && let Some(h) = p.checked_sub(1).filter(|&h| {
                let l = &lines[h];
                h > t
                    && !l.clutter
                    && l.date.is_none()
                    && l.headline()
                    && l.words >= 2
                    && l.words >= lines[t].words
            })
        {
            f.title = Ok(h);
        }
    }
    let mut header = first_on_page;
    for f in found.iter_mut() {
        let labelled = f.header_date.as_ref().is_some_and(labelled);
        if let Some(DateLine {
            value: dates::DateValue::Day(d),
            ..
        }) = &f.header_date
        {
            header = Some(*d);
            if !labelled {
                continue;
            }
        }
        if f.header_date.is_some() && !labelled {
            continue;
        }
        // The dateline opens the text, or follows a headline that opens it
        // (a digest's page header took the title).
        let opening = match f.paragraphs.as_slice() {
            [head, next, ..] if lines[*head].headline() && lines[*head].date.is_none() => {
                [Some(*head), Some(*next)]
            }
            [first, ..] => [Some(*first), None],
            [] => [None, None],
        };
        if let Some((at, (day, printed))) = opening
            .into_iter()
            .flatten()
            .enumerate()
            .find_map(|(at, p)| Some((at, wire_day(lines[p].text, header)?)))
        {
            f.header_date = Some(DateLine {
                value: dates::DateValue::Day(day),
                printed,
            });
            header = Some(day);
            // A headline above the dateline titles the story when the title
            // taken was the page's dated header ("Wire stories, 1987-03-06"):
            // the story's first line, or a short headline the header left
            // out ("LIBRARY OPENS EARLY", three words) just above it.
            if let Ok(t) = f.title
                && lines[t].text.len() <= MAX_HEADER_BYTES
                && first_full_date(lines[t].text).is_some()
            {
                if at == 1 {
                    f.title = Ok(f.paragraphs.remove(0));
                } else if let Some(h) = f.paragraphs[0].checked_sub(1).filter(|&h| {
                    let l = &lines[h];
                    h > t && !l.clutter && l.date.is_none() && l.headline() && l.words >= 2
                }) {
                    f.title = Ok(h);
                }
            }
        }
    }
}

/// The longest line read as a page's header for its date.
const MAX_HEADER_BYTES: usize = 200;

/// The first full date (a day of a month of a year) in `t`.
fn first_full_date(t: &str) -> Option<dates::Day> {
    dates::find_dates(t)
        .into_iter()
        .find_map(|m| match m.value {
            dates::DateValue::Day(d) => Some(d),
            _ => None,
        })
}

/// The day of a wire dateline at the start of `t`, with the dateline as
/// printed: a full date after the place ("ROTTERDAM, March 30, 1987 --",
/// "LAGOS, Nigeria, April 2, 1987 -", "Bogotá, 14 de febrero de 2025
/// (EFE).-"), or, after a place in capitals, a month and day
/// ("SALVADOR, Feb 26 -", "WASHINGTON, March 30 (Reuter) -") in the year
/// of `reference`.
fn wire_day(t: &str, reference: Option<dates::Day>) -> Option<(dates::Day, String)> {
    let d = dateline(t)?;
    if d.after.is_empty() || (!d.capitals && d.place.split_whitespace().count() > 3) {
        return None;
    }
    if let Some(day) = dated_after(d.after) {
        return Some((day, d.printed.to_string()));
    }
    if !d.capitals {
        return None;
    }
    let reference = reference?;
    let when = d.after.rsplit(',').next()?;
    let mut words = when.split_whitespace();
    let (Some(month), Some(day), None) = (words.next(), words.next(), words.next()) else {
        return None;
    };
    // "Jan.", "Sept." as well as "Jan", "September".
    let month = dates::month_number_any(&month.trim_end_matches('.').to_lowercase())?;
    let day: i64 = day.parse().ok()?;
    let (year, ref_month) = (i64::from(reference.year()), i64::from(reference.month()));
    let year = match i64::from(month) - ref_month {
        d if d > 6 => year - 1,
        d if d < -6 => year + 1,
        _ => year,
    };
    Some((
        dates::Day::new(year, month.into(), day)?,
        d.printed.to_string(),
    ))
}

/// Article under construction; lines by number.
struct Draft {
    title: Option<usize>,
    title_key: String,
    paragraphs: Vec<usize>,
    header_date: Option<DateLine>,
    in_header: bool,
    had_dateline: bool,
    prose: usize,
}

impl Draft {
    fn new(lines: &[Line], title: Option<usize>, header_date: Option<DateLine>) -> Draft {
        Draft {
            title_key: title.map(|t| key(lines[t].text)).unwrap_or_default(),
            title,
            paragraphs: Vec::new(),
            header_date,
            in_header: true,
            had_dateline: false,
            prose: 0,
        }
    }

    fn finish(mut self, lines: &[Line], out: &mut Vec<Found>) {
        drop_repeats(lines, &mut self.paragraphs);
        trim_tail(lines, &mut self.paragraphs);
        if self.title.is_none() && self.paragraphs.is_empty() {
            return;
        }
        let title = match self.title {
            Some(t) => Ok(t),
            None => Err(derived_title(lines[self.paragraphs[0]].text)),
        };
        out.push(Found {
            title,
            paragraphs: self.paragraphs,
            header_date: self.header_date,
        });
    }
}

/// Reads the lines `range` (numbers into `lines`, in order) as articles.
fn read_range(
    lines: &[Line],
    range: &[usize],
    header: Option<(usize, DateLine)>,
    out: &mut Vec<Found>,
) {
    let (title, date) = match header {
        Some((t, d)) => (Some(t), Some(d)),
        None => (None, None),
    };
    let mut d = Draft::new(lines, title, date);
    let mut in_list = false;
    let copies = adjacent_copies(lines, range);
    for (&i, _) in range.iter().zip(&copies).filter(|(_, copy)| !**copy) {
        let l = &lines[i];
        let prose = l.prose();
        if l.list_marker() {
            in_list = true;
            continue;
        }
        if l.clutter {
            continue;
        }
        // (Or a place in any case with a full date, `Hamburg, 7. Mai 2022
        // –`: a second one starts a second story as a wire dateline does.)
        let dateline = wire_dateline(l.text).or_else(|| {
            dateline(l.text)
                .filter(|d| dated_after(d.after).is_some())
                .map(|d| (d.agency.is_some(), d.len))
        });
        if in_list && dateline.is_none() {
            continue;
        }
        if d.title.is_some()
            && l.text.len() <= d.title_key.len() + 8
            && key_is(l.text, &d.title_key)
        {
            continue;
        }
        if d.in_header {
            if let Some(dl) = &l.date {
                if d.header_date.is_none() {
                    d.header_date = Some(dl.clone());
                }
                continue;
            }
            // (Not a byline: "By Maria Santos" over wire copy titles
            // nothing.)
            if d.title.is_none()
                && (l.field == Field::Title
                    || !prose && l.headline() && l.words >= 2 && !l.byline())
            {
                d.title_key = key(l.text);
                d.title = Some(i);
                continue;
            }
            let n = l.words;
            if (n <= 3 && !names_a_role(l.text)) || l.byline() || l.field == Field::Other {
                continue;
            }
            if !prose {
                d.paragraphs.push(i);
                continue;
            }
            d.in_header = false;
        }
        if let Some((agency, _)) = dateline {
            let starts_new = d.had_dateline || (agency && d.prose >= 3) || in_list;
            if starts_new && (d.prose > 0 || in_list) {
                // A headline just above the dateline is the new story's
                // ("Jersey counts the cost of Oriane" over "ST HELIER,
                // Jersey, Nov. 5, 2025 (Reuters) — …"), not the last line
                // of the one before.
                let head = d.paragraphs.last().copied().filter(|&h| {
                    let hl = &lines[h];
                    !hl.prose() && hl.headline() && hl.words >= 2 && !hl.byline()
                });
                if head.is_some() {
                    d.paragraphs.pop();
                }
                let prev = std::mem::replace(&mut d, Draft::new(lines, head, None));
                prev.finish(lines, out);
                d.in_header = false;
                in_list = false;
            }
            d.had_dateline = true;
        }
        if prose {
            d.prose += 1;
        }
        d.paragraphs.push(i);
    }
    d.finish(lines, out);
}

/// Rule 6, first half: marks adjacent prose lines of `range` that are
/// copies of each other (exact, or one the other plus a short glued credit
/// such as "Read moreJane Roe / AP"): a caption printed twice. Short
/// headline copies are left to the title rule.
fn adjacent_copies(lines: &[Line], range: &[usize]) -> Vec<bool> {
    let near_copy = |a: &Line, b: &Line| {
        let (short, long) = if a.text.len() <= b.text.len() {
            (a, b)
        } else {
            (b, a)
        };
        let (short_text, long_text) = (short.text, long.text);
        (short_text == long_text
            || (short_text.len() >= 30
                && long_text.starts_with(short_text)
                && long_text.len() - short_text.len() <= 80))
            && short.prose()
    };
    let mut drop = vec![false; range.len()];
    for i in 1..range.len() {
        if !drop[i - 1] && near_copy(&lines[range[i - 1]], &lines[range[i]]) {
            drop[i - 1] = true;
            drop[i] = true;
        }
    }
    drop
}

/// Rule 6, second half: a later exact repeat of a paragraph goes.
fn drop_repeats(lines: &[Line], paras: &mut Vec<usize>) {
    let mut seen: FxHashSet<Paragraph> =
        FxHashSet::with_capacity_and_hasher(paras.len(), Default::default());
    paras.retain(|&i| seen.insert(Paragraph(lines[i].text)));
}

/// A paragraph as a set key: equal by its whole text, hashed by its length
/// and its first and last bytes (paragraphs are long; hashing them whole
/// was a good part of [`drop_repeats`]).
#[derive(PartialEq, Eq)]
struct Paragraph<'a>(&'a str);

impl std::hash::Hash for Paragraph<'_> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        let b = self.0.as_bytes();
        let edge = b.len().min(16);
        h.write_usize(b.len());
        h.write(&b[..edge]);
        h.write(&b[b.len() - edge..]);
    }
}

/// Rule 7, end of an article: trailing headline-like lines, then a trailing
/// run of two or more (headline, one paragraph) teasers.
/// A line of a list of people: a name, a comma and a role in lower case
/// (`Tom Becker, treasurer`, `Sarah Whitfield, principal of Lakeview`).
fn names_a_role(t: &str) -> bool {
    t.split_once(", ").is_some_and(|(name, role)| {
        name.starts_with(|c: char| c.is_uppercase())
            && words(name) <= 4
            && role.starts_with(|c: char| c.is_lowercase())
    })
}

fn trim_tail(lines: &[Line], paras: &mut Vec<usize>) {
    // (Not a text with no running prose before them: a list of names and
    // roles, `Tom Becker, treasurer`, is the text.)
    let last_prose = paras.iter().rposition(|&p| lines[p].prose());
    while paras.last().is_some_and(|&p| {
        let p = &lines[p];
        !ends_like_sentence(p.text) && p.headline() && !names_a_role(p.text) && paras.len() > 1
    }) && last_prose.is_some_and(|at| at + 1 < paras.len())
    {
        paras.pop();
    }
    let n = paras.len();
    let mut pairs = 0;
    while n > 2 * (pairs + 1) {
        let body = &lines[paras[n - 2 * pairs - 1]];
        let head = &lines[paras[n - 2 * pairs - 2]];
        if body.prose() && head.headline() {
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
    use crate::read::dates::{DateValue, Day};

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
    fn a_page_s_own_dates_or_its_language_settle_a_numeric_header_date() {
        // Another story on the page prints 25/02/2024: day first.
        let page = format!(
            "Port strike ends after talks\n03/04/2024\n{P1}\n{P2}\n\n\
             Rains flood the valley\n25/02/2024\n{P3}\n{P4}\n"
        );
        let segs = segment(&page);
        assert_eq!(
            segs[0].header_date.as_ref().map(|d| d.value.clone()),
            Some(day("2024-04-03"))
        );
        // A German text, a header date with slashes: day first.
        let de = "Der Stadtrat hat am Dienstag beschlossen, dass die alte Brücke über den Fluss \
                  abgerissen und neu gebaut wird, wie die Anwohner seit Jahren für sich fordern.";
        let page = format!("Neue Brücke für die Stadt\n03/04/2024\n{de}\n{de}\n");
        assert_eq!(
            segment(&page)[0]
                .header_date
                .as_ref()
                .map(|d| d.value.clone()),
            Some(day("2024-04-03"))
        );
        // English, nothing to decide: ambiguous, as before.
        let page = format!("Port strike ends after talks\n03/04/2024\n{P1}\n{P2}\n");
        assert!(matches!(
            segment(&page)[0]
                .header_date
                .as_ref()
                .map(|d| d.value.clone()),
            Some(DateValue::Ambiguous { .. })
        ));
    }

    #[test]
    fn wire_datelines_without_a_year_take_the_header_s_year() {
        // A digest under one dated header; each story opens with a dateline.
        let page = "Commodity news, 26-FEB-1987\n\n\
                    SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia cocoa zone, said the review.\n\
                    The dry period means the temporao will be late this year, traders said.\n\n\
                    LONDON, March 2 (Reuter) - Coffee prices fell on the London market on Monday after heavy selling.\n\
                    Dealers said the fall followed reports of rain in the growing areas of Brazil.\n";
        let segs = segment(page);
        let dated: Vec<Option<DateValue>> = segs
            .iter()
            .map(|s| s.header_date.as_ref().map(|d| d.value.clone()))
            .collect();
        assert_eq!(
            dated,
            [Some(day("1987-02-26")), Some(day("1987-03-02"))],
            "{segs:#?}"
        );
        assert_eq!(
            segs[1].header_date.as_ref().map(|d| d.printed.as_str()),
            Some("LONDON, March 2 (Reuter)")
        );
        // A headline between the page's header and the dateline.
        let page = "Wire stories, 1987-03-06\n\nTALKS TO RESUME IN WASHINGTON\n\n\
                    BOGOTA, March 3 - Colombia and the United States agreed on Tuesday to resume talks on trade.\n\
                    The foreign ministry said the talks would begin next month.\n";
        let segs = segment(page);
        assert_eq!(
            segs[0].header_date.as_ref().map(|d| d.value.clone()),
            Some(day("1987-03-03")),
            "{segs:#?}"
        );
        assert_eq!(segs[0].title, "TALKS TO RESUME IN WASHINGTON");
        assert!(segs[0].paragraphs[0].starts_with("BOGOTA"), "{segs:#?}");
        // A headline of three words, which a header leaves out, too.
        let page = "Springfield news digest, 20-MAR-2026\n\nLIBRARY OPENS EARLY\n\n\
                    SPRINGFIELD, March 19 - The library opened its new reading room a week early, the mayor said on Thursday.\n";
        let segs = segment(page);
        assert_eq!(segs[0].title, "LIBRARY OPENS EARLY", "{segs:#?}");
        // A label in capitals over the headline, with no date (a new
        // user's wire file, dated by its name).
        let page = "WIRE STORIES\n\nBANK RATES STEADY\n\n\
                    NEW YORK, March 3 - The central bank left its key rate unchanged on Tuesday, officials said.\n";
        assert_eq!(segment(page)[0].title, "BANK RATES STEADY");
        // Not a headline over a shorter line above the dateline, nor one
        // in lower case.
        let page = "BANK RATES STEADY\n\nFED HOLDS\n\n\
                    NEW YORK, March 3 - The central bank left its key rate unchanged on Tuesday, officials said.\n";
        assert_eq!(segment(page)[0].title, "BANK RATES STEADY");
        let page = "Bank rates steady\n\nFed holds fire again\n\n\
                    NEW YORK, March 3 - The central bank left its key rate unchanged on Tuesday, officials said.\n";
        assert_eq!(segment(page)[0].title, "Bank rates steady");
        assert_eq!(
            segs[0].header_date.as_ref().map(|d| d.value.clone()),
            Some(day("2026-03-19"))
        );
        assert_eq!(
            wire_day(
                "WASHINGTON, Jan 2 - The House",
                Day::parse_iso("1987-12-30")
            ),
            Some((
                Day::parse_iso("1988-01-02").expect("day"),
                "WASHINGTON, Jan 2".into()
            ))
        );
        assert_eq!(
            wire_day("Washington, Jan 2 - The", Day::parse_iso("1987-12-30")),
            None
        );
        // An abbreviation with its full stop, AP style.
        assert_eq!(
            wire_day(
                "SPRINGFIELD, Sept. 14 (AP) — The council",
                Day::parse_iso("2026-09-01")
            )
            .map(|(d, _)| d),
            Day::parse_iso("2026-09-14")
        );
    }

    /// A speech's title over its place's line and its date line; wire copy
    /// under a byline; two dated stories of a German text in one file
    /// (texts of a new user's trial).
    #[test]
    fn a_place_s_line_a_byline_and_two_dated_openings() {
        let speech = "Remarks by Prime Minister Ana Lima at the Coastal Forum\n\n\
                      Wellington, New Zealand\n\
                      Delivered on 12 September 2019\n\n\
                      Thank you all for being here. It is a privilege to stand here with leaders from Fiji and Samoa.\n\n\
                      When we met last year in Suva, we spoke about the rising seas and what the islands need.\n";
        let segs = segment(speech);
        assert_eq!(segs.len(), 1, "{segs:#?}");
        assert_eq!(
            segs[0].title,
            "Remarks by Prime Minister Ana Lima at the Coastal Forum"
        );
        assert_eq!(
            segs[0].header_date.as_ref().map(|d| d.value.clone()),
            Some(day("2019-09-12"))
        );
        // A place's line alone over a date line still titles its story.
        let segs = segment(
            "Bogotá, Colombia\n3 de marzo de 2024\n\n\
             El alcalde presentó el plan de seguridad ante el concejo de la ciudad y pidió apoyo.\n",
        );
        assert_eq!(segs[0].title, "Bogotá, Colombia");
        let wire = "By Maria Santos\nReuters\n\n\
                    GENEVA, Jan 14 (Reuters) - The World Health Organization said on Tuesday that \
                    cases of measles in Europe rose sharply, with two countries reporting outbreaks.\n";
        let segs = segment(wire);
        assert_eq!(segs.len(), 1, "{segs:#?}");
        assert!(
            segs[0]
                .title
                .starts_with("The World Health Organization said"),
            "{segs:#?}"
        );
        let two = "Berlin, 5. Mai 2022 – Bundeskanzler Olaf Scholz hat am Donnerstag in Berlin mit dem \
                   französischen Präsidenten über die Lage in der Ukraine gesprochen.\n\n\
                   Die Europäische Union plant neue Sanktionen, und Scholz sagte, Deutschland helfe weiter.\n\n\
                   ---\n\n\
                   Hamburg, 7. Mai 2022 – Der Hamburger Hafen meldet Rekordumsätze. Der Bürgermeister \
                   lobte die Hafenarbeiter, und die Reederei kündigte neue Investitionen an.\n";
        let days: Vec<Option<DateValue>> = segment(two)
            .iter()
            .map(|s| s.header_date.as_ref().map(|d| d.value.clone()))
            .collect();
        assert_eq!(days, vec![Some(day("2022-05-05")), Some(day("2022-05-07"))]);
    }

    #[test]
    fn wire_datelines_with_a_full_date_date_their_story() {
        // No page header: the dateline's own year dates the story.
        let page = "Dutch port strike hits grain trade\n\n\
                    ROTTERDAM, March 30, 1987 -- A strike by tug crews at the port of\n\
                    Rotterdam delayed the unloading of grain ships on Monday, port\n\
                    officials said, and traders expected the action to last the week.\n\n\
                    The union said the crews want a shorter working week and higher pay.\n";
        let segs = segment(page);
        assert_eq!(segs.len(), 1, "{segs:#?}");
        let date = segs[0].header_date.as_ref().expect("dated");
        assert_eq!(date.value, day("1987-03-30"));
        assert_eq!(date.printed, "ROTTERDAM, March 30, 1987");
        // A region between the place and the date; Spanish copy.
        for (text, want) in [
            (
                "LAGOS, Nigeria, April 2, 1987 - Nigeria cut the price of petrol by ten percent on Thursday, the ministry said.",
                "1987-04-02",
            ),
            // Press releases as sites reprint them.
            (
                "CARLSBAD, Calif., May 5, 2025 /PRNewswire/ -- Topgolf Callaway Brands Corp. announced today that it intends to release its first quarter 2025 financial results",
                "2025-05-05",
            ),
            (
                "NEW YORK , Feb. 3, 2025 /PRNewswire/ -- Why: Rosen Law Firm, a global investor rights law firm, continues to investigate potential securities claims",
                "2025-02-03",
            ),
            (
                "BOGOTÁ, 14 de marzo de 2025 (EFE) - El Gobierno anunció este viernes un acuerdo con los transportadores.",
                "2025-03-14",
            ),
            // As EFE and Europa Press end it, the place as a name is written.
            (
                "Bogotá, 14 de febrero de 2025 (EFE).- El presidente de Colombia, Gustavo Petro, anunció un plan.",
                "2025-02-14",
            ),
            (
                "Buenos Aires, 3 de marzo de 2025.- El Gobierno argentino presentó el presupuesto.",
                "2025-03-03",
            ),
            // A letter's or a release's opening, a full stop after the date
            // (a teacher's text in a new user's trial was undated).
            (
                "Madrid, 12 de febrero de 2024. Los bomberos del Ayuntamiento desalojaron este lunes a unos cuarenta vecinos.",
                "2024-02-12",
            ),
            (
                "Paris, 3 mars 2025 (AFP) - Le président a annoncé lundi un plan pour l'armée.",
                "2025-03-03",
            ),
        ] {
            assert_eq!(
                wire_day(text, None).map(|(d, _)| d),
                Day::parse_iso(want),
                "{text}"
            );
            // A title made from the text leaves the dateline out.
            let title = derived_title(text);
            assert!(
                !title.contains(", 2025") && !title.starts_with(['-', '.', ' ']),
                "{title}"
            );
        }
        // A date that does not end the dateline is not the dateline's.
        assert_eq!(
            wire_day(
                "PARIS, March 3, 1987 talks, Europe - The ministers met.",
                None
            ),
            None
        );
        // A sentence is no dateline; a place written as a name needs the
        // year ("Lima, March 3 -" could be any year's), and the dash of
        // "U.S.-Colombia" ends none.
        for text in [
            "In the end, on March 3, 2025 - the day of the vote - nothing changed.",
            "Lima, March 3 - The talks resumed.",
            "Officials in U.S.-Colombia talks, March 3, 2025 said little.",
        ] {
            assert_eq!(wire_day(text, Day::parse_iso("2025-03-01")), None, "{text}");
        }
        // Without a year or a page header there is no day to give.
        assert_eq!(
            wire_day("SALVADOR, Feb 26 - Showers continued.", None),
            None
        );
    }

    #[test]
    fn a_wire_dateline_without_a_year_gives_its_month_and_day() {
        for (text, month, day) in [
            ("SEVILLA, 5 mar (EFE) – Unos tres mil agricultores", 3, 5),
            ("ÉCIJA (Sevilla), 5 mar (EFE) – Unos tres mil", 3, 5),
            ("Sevilla, 5 de marzo (EFE).- La Junta aprobó", 3, 5),
            ("WASHINGTON, March 5 (Reuters) - The Senate voted", 3, 5),
            (
                "BEIRUT/THE HAGUE, March 7 (Reuters) - An Israeli tank",
                3,
                7,
            ),
            ("PARIS, 12 févr. (AFP) - Le gouvernement", 2, 12),
            ("BERLIN, 5. März (dpa) - Die Regierung", 3, 5),
            ("GENEVA, Jan 14 (Reuters) - The World Health", 1, 14),
            ("SALVADOR, Feb 29 - Showers continued", 2, 29),
        ] {
            let got = yearless_dateline(text).map(|(m, d, _)| (m, d));
            assert_eq!(got, Some((month, day)), "{text}");
        }
        for text in [
            // A year: the dateline dates the story itself.
            "WASHINGTON, March 5, 2025 (Reuters) - The Senate",
            // No date, or no place in capitals and no agency.
            "ALEPPO, Syria (AP) — Rebels",
            "Lima, March 3 - The talks resumed.",
            // No such day.
            "SEVILLA, 31 feb (EFE) – Nada",
            "SEVILLA, 5 martes (EFE) – Nada",
        ] {
            assert_eq!(yearless_dateline(text), None, "{text}");
        }
    }

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
    fn a_headline_over_a_second_wire_dateline_titles_its_story() {
        // A digest of two wire stories, each under its headline (a new
        // user's trial): the second headline was dropped as the first
        // story's trailing line, and its story titled by its first sentence.
        let page = format!(
            "Ferries cancelled for a second day\n\nPORTSMOUTH, England, Nov. 4, 2025 (Reuters) — {P1}\n\n{P2}\n\n\
             Jersey counts the cost of the storm\n\nST HELIER, Jersey, Nov. 5, 2025 (Reuters) — {P3}\n\n{P4}\n"
        );
        let segs = segment(&page);
        assert_eq!(segs.len(), 2, "{segs:#?}");
        assert_eq!(segs[0].title, "Ferries cancelled for a second day");
        assert_eq!(segs[0].paragraphs.len(), 2, "{segs:#?}");
        assert_eq!(segs[1].title, "Jersey counts the cost of the storm");
        assert!(!segs[1].title_derived);
        assert!(segs[1].paragraphs[0].starts_with("ST HELIER"));
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

    /// A text headed by `Key: value` lines (a speech, notes exported from
    /// an app): the title's value is the title, who wrote or spoke it and
    /// the place are not text; and a list of people with their roles is
    /// the text, not a header's short lines or a tail of teasers.
    #[test]
    fn field_lines_head_a_text_and_lists_of_roles_are_kept() {
        let page = format!(
            "Title: Budget address 2026\nSpeaker: Mayor Dana Whitfield\nDate: March 10, 2026\n\
             Place: Riverside Town Hall\n{P1}\n{P2}\n"
        );
        let segs = segment(&page);
        assert_eq!(segs.len(), 1, "{segs:#?}");
        assert_eq!(segs[0].title, "Budget address 2026");
        assert_eq!(segs[0].paragraphs, [P1, P2]);
        assert_eq!(
            segs[0].header_date.as_ref().map(|d| d.value.clone()),
            Some(day("2026-03-10"))
        );
        // Spanish keys, and a field line whose key is no field's stays text.
        let note = "Note: read it all before the vote on Monday.";
        let segs = segment(&format!(
            "Título: Informe anual\nAutor: Ana Gómez\n{P1}\n{note}\n{P2}\n"
        ));
        assert_eq!(segs[0].title, "Informe anual");
        assert_eq!(segs[0].paragraphs, [P1, note, P2]);
        let page = "Who is who\n\nMargaret Lindqvist, school board member (elected March 24, 2026)\n\
                    Paul Brennan, mayor\nTom Becker, treasurer of the Friends of Silver Lake\n\
                    Helen Okafor, candidate\n";
        let segs = segment(page);
        assert_eq!(segs[0].title, "Who is who");
        assert_eq!(
            segs[0].paragraphs,
            [
                "Margaret Lindqvist, school board member (elected March 24, 2026)",
                "Paul Brennan, mayor",
                "Tom Becker, treasurer of the Friends of Silver Lake",
                "Helen Okafor, candidate"
            ]
        );
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
        // A credit in parentheses ends a caption; a wire story's dateline
        // holds the agency so, and is text.
        let wire = "PARIS, March 3, 2025 (AFP) - French President Emmanuel Macron on Monday unveiled a plan to rebuild the army.";
        let bloomberg = "NEW YORK (Bloomberg) -- Stocks rose on Monday as traders weighed the latest figures on jobs.";
        let page = format!(
            "Macron unveils plan\n{wire}\nThe president at the Elysee palace on Monday. (AFP)\n\
             Troops on parade in Paris. (AFP PHOTO / Ludovic Marin)\n{P1}\n"
        );
        let segs = segment(&page);
        assert_eq!(segs[0].paragraphs, [wire, P1], "{segs:#?}");
        let segs = segment(&format!("Stocks rise\n{bloomberg}\n{P1}\n"));
        assert_eq!(segs[0].paragraphs, [bloomberg, P1], "{segs:#?}");
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
        // AP's "Related" list, with a question among the headlines.
        let page = format!(
            "Election set for May\n{P1}\nRelated\nTrump threatens tariffs on Colombia\nWho are the migrants being deported?\n"
        );
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
        // A wire story's credits, however many names they list.
        assert!(is_clutter(
            "Reporting by Maya Gebeilly in Beirut, Anthony Deutsch in The Hague and David \
             Clarke in London; Writing by David Clarke; Editing by Daniel Flynn"
        ));
        assert!(!is_clutter(
            "Reporting by the regional paper in Beirut, the court in The Hague and the \
             ministry in London showed that the claims were false and the money was gone."
        ));
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
            "© 2026 EL TIEMPO Casa Editorial. Todos los derechos reservados.",
            "Copyright 2026 The Associated Press. All rights reserved.",
            "Reporting by Luis Jaime Acosta; Editing by Daniel Wallis",
            "Additional reporting by Ana Ruiz in Caracas; Writing by Jane Doe",
            "Our Standards: The Thomson Reuters Trust Principles.",
            "Associated Press writer Regina Garcia Cano in Mexico City contributed to this report.",
            "Ana Ruiz contributed reporting from Caracas.",
            "Para saber más",
            "Publicité",
            "À lire aussi",
            "Lesen Sie auch:",
            // Polish, Czech and Russian ("read more", "read also", "advert").
            "Czytaj więcej",
            "Czytaj też:",
            "Čtěte také",
            "Читайте также:",
            "Реклама",
            "Über den Autor",
            "You might also like:",
            "Schon gelesen?",
            "Lea también",
            "PUEDES VER:",
            "(Le puede interesar: Buscan responsables de bus quemado en Anorí, Antioquia)",
            "(También puede leer: El debate de los candidatos, en video)",
            "(Read more: Talks stall over the budget)",
            "[Alle wichtigen Updates des Tages finden Sie im kostenlosen Newsletter \"Fragen des \
             Tages\". Zur Anmeldung geht es hier.]",
            "[Wenn Sie alle Entwicklungen live auf Ihr Handy haben wollen, empfehlen wir unsere \
             App, die Sie hier für Apple- und Android-Geräte herunterladen können.]",
            "JOIN THE CONVERSATION",
            "Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.",
            // The link to the comments, a count (taz's "3 Kommentare").
            "3 Kommentare",
            "12 comments",
            "47 Commentaires",
            // Where it appeared in print (The New York Times; The Wall
            // Street Journal).
            "A version of this article appears in print on , on Page A1 of the New York edition \
             with the headline: What May Soon Exceed Cost of U.S. Military? Interest on U.S. Debt",
            "A version of this article appears in print on March 3, 2015, on Page A22 of the New \
             York edition with the headline: Under the City’s Streets, A Battle Against Winter.",
            "Appeared in the March 3, 2019, print edition as 'Farmers Brace for a Dry Spring'.",
            // A site's notices (a Belizean, a Haitian-American and a
            // German site's; the AP's).
            "This article is the copyrighted property of the Harbour Post.",
            "© 2022, HarbourPost.com. This article is the copyrighted property of the Harbour \
             Post. Written permission must be obtained before reprint in online or print media. \
             REPRINTING CONTENT WITHOUT PERMISSION AND/OR PAYMENT IS THEFT AND PUNISHABLE BY LAW.",
            "Written permission must be obtained before reprint in online or print media.",
            "This material may not be published, broadcast, rewritten or redistributed.",
            "To view the full story, please subscribe to the Harbour Post.",
            "If you’re seeing this message but you’re already a subscriber, you can log in.",
            "Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.",
            "The views expressed here do not necessarily reflect the views of this site.",
        ] {
            assert!(is_clutter(l), "{l}");
        }
        for l in [
            "Share prices fell by a third on Monday.",
            "News of the deal spread quickly.",
            "Petro said he would follow the talks closely.",
            "What happens next?",
            "Reporting by the agency found that the talks had stalled.",
            "Copyright law was not part of the deal, the minister said.",
            "Para saber más sobre el plan, el ministro habló dos horas.",
            "3 comments were removed.",
            "A version of this article appeared online before the vote, the editor said.",
            "Appeared in the March issue of the journal, the study found fewer birds.",
            "The court said written permission was never given for the march.",
            "Readers who subscribe get the paper on Sundays, the editor said.",
            "The poll does not necessarily reflect turnout, the pollster said.",
            "The statement does not necessarily reflect the views of the party, Smith said.",
            "The magazine reproduced the photos without written permission, the court found.",
            "Customers who are already a subscriber will pay $2 more, Netflix said.",
            "(Update: the minister resigned on Friday, her office said.)",
            "(Please note: the figures were revised on Monday.)",
            "(However: the council met again in Tennessee.)",
            "(The vote was 52 to 48: a narrow win.)",
            "[The minister later withdrew the remark, her office said.]",
            "[Editor's note: this story was updated after the Android release of the app.]",
            "[sourcecode language=\"bash\"]xgrep -x '/rhythmdb/entry[@type=\"podcast-feed\"]/location/text()' db.xml[/sourcecode]",
        ] {
            assert!(!is_clutter(l), "{l}");
        }
    }

    #[test]
    fn keys_compare_without_being_built_and_as_if_built() {
        for (line, k) in [
            ("Bridge Reopens!", "bridge reopens"),
            ("  MORE STORIES »", "more stories"),
            ("Leer MÁS", "leer más"),
            ("İstanbul talks", "i̇stanbul talks"),
            ("KELVIN \u{212a}", "kelvin k"),
        ] {
            assert_eq!(key(line), k, "{line}");
            assert!(key_is(line, k), "{line}");
            assert!(!key_is(line, "bridge"), "{line}");
        }
        assert!(key_in("Read more.", NAV) && key_in("Leer más", NAV));
        assert!(!key_in("Read more now", NAV));
        assert!(key_is_byline("By Ana Ruiz") && key_is_byline("BY JANE DOE."));
        assert!(key_is_byline("*Posted by Ana Ruiz · 5 min read*"));
        assert!(key_is_byline("Written by Jane Doe") && key_is_byline("_By Ana Ruiz_"));
        assert!(!key_is_byline("Posted at noon") && !key_is_byline("Bystanders ran."));
        assert!(!key_is_byline("By .") && !key_is_byline("Byline") && !key_is_byline("by"));
    }

    #[test]
    fn navigation_is_read_from_the_key() {
        for l in [
            "Share this",
            "SKIP TO THE NEWS",
            "3 min",
            "12 Minutes Read",
            "Leer más »",
        ] {
            assert!(is_navigation(l), "{l}");
        }
        for l in ["Share prices", "3 min walk", "min read", "a3 min read"] {
            assert!(!is_navigation(l), "{l}");
        }
    }

    #[test]
    fn lines_collapse_white_space_of_every_kind() {
        let text =
            "  One\ttwo  three \n\n\u{a0}\u{200b}\nfour\u{2028}five\u{feff}\r\nsix – “seven”\n";
        let (page, lines) = collapse_lines(text);
        assert_eq!(page, "One two three\nfour five\nsix – “seven”\n");
        let starts: Vec<usize> = lines.iter().map(|l| l.0).collect();
        assert_eq!(starts, [0, 14, 24]);
        assert!(lines.iter().all(|l| l.1.collapsed));
        assert_eq!(lines[2].1.words, 2);
        assert_eq!(collapse_lines("").0, "");
        assert_eq!(
            collapse_lines("last line without break").0,
            "last line without break\n"
        );
    }

    #[test]
    fn caption_markers_are_found_in_the_right_lines() {
        for m in CAPTION_MARKERS {
            assert!(
                MARKER_BYTES.iter().any(|&b| m.as_bytes().contains(&b))
                    || MARKER_WORDS.iter().any(|w| m.contains(w)),
                "{m} has no anchor"
            );
        }
        let page = "a (ap photo/x)\nno marker (here) a/b\nsaid reuters/x\nphoto by\n\
                    getty image\nafp via getty\nphoto illustration\n";
        let starts: Vec<usize> = std::iter::once(0)
            .chain(page.match_indices('\n').map(|(i, _)| i + 1))
            .filter(|&i| i < page.len())
            .collect();
        assert_eq!(
            lines_with_caption_marker(page, &starts),
            [true, false, true, false, false, true, true]
        );
    }

    #[test]
    fn dashes_count_among_the_first_80_characters_only() {
        assert_eq!(first_dash("BOGOTÁ — Two"), Some((8, 3)));
        assert_eq!(first_dash("a – b — c"), Some((2, 3)));
        // Typed wire copy: a hyphen or two between spaces.
        assert_eq!(first_dash("SALVADOR, Feb 26 - Showers"), Some((17, 1)));
        assert_eq!(first_dash("NEW YORK -- The"), Some((9, 2)));
        assert_eq!(first_dash("self-made man --- x"), None);
        let far = format!("{}— x", "é".repeat(79));
        assert_eq!(first_dash(&far), Some((158, 3)));
        let too_far = format!("{}— x", "é".repeat(80));
        assert_eq!(first_dash(&too_far), None);
    }

    #[test]
    fn words_are_counted_for_segments_and_for_what_was_removed() {
        use crate::read::tokens::count_words;
        let page =
            format!("Skip to content\nVote held\nJanuary 5, 2026\n{P1}\n{P2}\n{P1}\nShare\n");
        let (segs, removed) = segment_counting_words(&page, &mut Buffers::default());
        assert_eq!(segs.len(), 1);
        assert_eq!(segs[0].1, 2 + count_words(P1) + count_words(P2));
        // Skip to content, the date line, the repeat of P1 and Share.
        assert_eq!(removed, 3 + 3 + count_words(P1) + 1);
        // Two date lines that are clutter share one title: it is kept twice
        // but taken from the removed words once.
        let page = format!("Photo: Jan 3, 2026\nPhoto: Jan 4, 2026\nHeadline words here\n{P1}\n");
        let (segs, removed) = segment_counting_words(&page, &mut Buffers::default());
        assert_eq!(segs.len(), 2, "{segs:#?}");
        assert_eq!(segs[0].0.title, segs[1].0.title);
        assert_eq!(
            removed,
            count_words("Photo: Jan 3, 2026 Photo: Jan 4, 2026")
        );
    }

    #[test]
    fn repeats_are_found_by_whole_text_not_by_the_hashed_edges() {
        let a = format!("{P1} one middle {P2}");
        let b = format!("{P1} another middle {P2}");
        let c = format!("{P1} one middle {P2}");
        let (page, scans) = collapse_lines(&format!("{a}\n{b}\n{c}\n{a}\nshort\n"));
        let lines = read_lines(&page, &scans);
        let mut paras = vec![0, 1, 2, 3, 4];
        drop_repeats(&lines, &mut paras);
        assert_eq!(paras, [0, 1, 4]);
    }

    #[test]
    fn a_paragraph_s_opening_dateline_gives_its_day() {
        for (t, day, printed) in [
            (
                "BOGOTÁ, Jan 3, 2026 (Reuters) - Colombia's president said",
                "2026-01-03",
                "BOGOTÁ, Jan 3, 2026 (Reuters)",
            ),
            (
                "Bogotá, 14 de febrero de 2025 (EFE).- El Gobierno anunció",
                "2025-02-14",
                "Bogotá, 14 de febrero de 2025 (EFE)",
            ),
            (
                "Valdeluna (Toledo), 25 de marzo de 2024.- El ministro visitó",
                "2024-03-25",
                "Valdeluna (Toledo), 25 de marzo de 2024",
            ),
            (
                "Getafe (Madrid), 3 mar 2025 (EFE).- Los vecinos",
                "2025-03-03",
                "Getafe (Madrid), 3 mar 2025 (EFE)",
            ),
            (
                "Feb. 23, 2015 -- Life-threatening allergies are on the rise",
                "2015-02-23",
                "Feb. 23, 2015",
            ),
            (
                "23 February 2015 — The council voted",
                "2015-02-23",
                "23 February 2015",
            ),
            // A letter's, a release's or a speech's opening: a full stop
            // after the place and the date.
            (
                "Madrid, 12 de febrero de 2024. Los bomberos desalojaron",
                "2024-02-12",
                "Madrid, 12 de febrero de 2024",
            ),
            (
                "London, February 12, 2024. Firefighters evacuated",
                "2024-02-12",
                "London, February 12, 2024",
            ),
            (
                "Lyon, le 5 mars 2024. La grève",
                "2024-03-05",
                "Lyon, le 5 mars 2024",
            ),
        ] {
            let (d, p) = opening_date(t).unwrap_or_else(|| panic!("{t}"));
            assert_eq!(d.to_string(), day, "{t}");
            assert_eq!(p, printed, "{t}");
        }
        for t in [
            "BOGOTÁ (Reuters) - No day here, only a place",
            "Valdeluna (según el alcalde), 25 de marzo de 2024.- no",
            "On Feb. 23, 2015 -- the day the study came out -- parents",
            "Feb. 23 -- no year, so no day",
            "The council voted on Feb. 23, 2015 - a Monday - to rebuild",
            // A full stop after a date that is not alone after the place.
            "Smith, born May 5, 1950. He grew up in Ohio",
            "Madrid, capital since 1561. Its mayor",
            "Paris, the year 2024. A city",
            "Bogotá, 14 de febrero de 2025 (EFE). El Gobierno",
        ] {
            assert_eq!(opening_date(t), None, "{t}");
        }
    }

    /// A text in Japanese: its lines have no spaces, and were each one
    /// "word" (a short line: no article); its characters count, two to a
    /// word, and Chinese reads the same.
    #[test]
    fn a_text_in_a_script_without_spaces_is_an_article() {
        for page in [
            "無料のWi-Fiを守るアプリ\n\nトレンドマイクロは3月9日、フリーWi-Fiプロテクションを発表した。\
             公衆Wi-Fiの利用者は増えている。フリーWi-Fiは便利だが、通信が盗み見られる危険がある。\n\n\
             新しいアプリは、スマートフォンやタブレットで使える。利用者が公衆無線LANにつなぐと、\
             アプリが自動で通信を暗号化する。\n",
            "新桥下月动工\n\n市议会周二投票决定重建河上的老桥，工程将于春季开始。市长表示，\
             大桥将关闭八个月，以更换桥面、栏杆和路灯。\n\n居民们说他们已经等了很多年，\
             有些人欢迎这个消息，另一些人则担心封路会给市中心带来交通压力。\n",
        ] {
            let segs = segment(page);
            assert_eq!(segs.len(), 1, "{page}");
            assert_eq!(segs[0].title, page.lines().next().unwrap_or_default());
            assert_eq!(segs[0].paragraphs.len(), 2, "{:?}", segs[0].paragraphs);
        }
        assert_eq!(unspaced_chars("Wi-Fiを守る"), 3);
        assert_eq!(unspaced_chars("Café “news” – 2026"), 0);
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
        assert_eq!(wire_dateline(" \tLA PAZ — x").map(|d| d.1), Some(12));
        assert_eq!(wire_dateline("ÑUÑOA — x").map(|d| d.1), Some(11));
        assert!(wire_dateline("1ST — x").is_none() && wire_dateline("U2 — x").is_none());
        assert!(wire_dateline("It was — he said").is_none());
        assert!(wire_dateline("US, a long and winding sentence here (AP) — x").is_none());
        // A Spanish agency's dateline in capitals, with its date.
        assert_eq!(
            wire_dateline("BOGOTÁ, 14 feb 2025 (EFE).- El").map(|d| d.0),
            Some(true)
        );
    }

    #[test]
    fn one_dateline_parser_gives_place_region_date_and_agency() {
        let d = dateline("  CARLSBAD, Calif., May 5, 2025 /PRNewswire/ -- Topgolf").unwrap();
        assert_eq!(
            (d.place, d.capitals, d.after, d.agency),
            ("CARLSBAD", true, "Calif., May 5, 2025", Some("PRNewswire"))
        );
        assert_eq!(d.printed, "CARLSBAD, Calif., May 5, 2025 /PRNewswire/");
        assert_eq!(
            &"  CARLSBAD, Calif., May 5, 2025 /PRNewswire/ -- x"[d.len..],
            " x"
        );
        // A Spanish paper's province in parentheses after the town.
        let d = dateline("Valdeluna (Toledo), 25 de marzo de 2024.- El ministro").unwrap();
        assert_eq!(
            (d.place, d.after, d.agency),
            ("Valdeluna", "25 de marzo de 2024", None)
        );
        let d = dateline("Bogotá, 14 de febrero de 2025 (EFE).- El presidente").unwrap();
        assert_eq!(
            (d.place, d.capitals, d.after, d.agency),
            ("Bogotá", false, "14 de febrero de 2025", Some("EFE"))
        );
        let d = dateline("São Paulo — A cidade").unwrap();
        assert_eq!((d.place, d.after, d.agency), ("São Paulo", "", None));
        // A sentence, a number, a long parenthesis or no space after the
        // dash: no dateline.
        for t in [
            "the vote — held today",
            "It was a long day, and then — nothing",
            "U.S.—Colombia talks resumed",
            "1987 — A year",
            "PARIS (a city that never sleeps at night) — x",
            "Prices rose 3.-",
        ] {
            assert_eq!(dateline(t), None, "{t}");
        }
    }
}
