//! What a web page says about itself: its title, byline, language and
//! publication day.
//!
//! [`read`] looks at the parsed page ([`Dom`]) and the box its main text
//! was found in ([`crate::read::extract`]):
//!
//! - **Title**: `og:title` (or `twitter:title`), else the JSON-LD
//!   `headline`, else the first `h1`, else `<title>`; the site's name is
//!   cut from either end ("Rally in Bogotá | El Diario" → "Rally in
//!   Bogotá") when the page names its site (`og:site_name`, `application-name`)
//!   or when the other sources show which part is the headline.
//! - **Byline**: `author` meta, JSON-LD `author`, `rel=author`,
//!   `itemprop=author`, or a box named `byline`/`author`, "By " cut.
//! - **Language**: `<html lang>`, `content-language`, `og:locale` or the
//!   JSON-LD `inLanguage`, as written (`en-GB`, `de`).
//! - **Publication day**, strongest source first: JSON-LD `datePublished`
//!   (also inside `@graph`; article types before `WebPage`), the meta
//!   names sites use (`article:published_time`, `pubdate`, `DC.date.issued`,
//!   `sailthru.date`, `parsely-pub-date`, `citation_publication_date`, …),
//!   `<time datetime>` or `itemprop=datePublished` in the article's header,
//!   a date in the URL path (`/2020/04/28/`, `/2020-04-28-`), then a date
//!   line printed near the title and byline. Dates marked modified or
//!   updated are never taken for the publication. A `<time>` in a comment,
//!   a teaser, a sidebar or the site's header ("today" in a masthead) is not
//!   the article's. The day is the calendar day as written, with its own
//!   offset: `2020-07-09T18:40-04:00` is 9 July (in UTC it was the 10th).
//!   When the strong sources (JSON-LD, meta, `<time>`) give days more than
//!   one day apart, the page is left undated with the reason.
//!
//! It does not read the main text (see `extract`) and never guesses: a
//! page without any of these is undated.

use crate::read::dates::{self, DateOrder, DateSource, DateValue, Day, Published};
use crate::read::dom::{Data, Dom, NONE, NodeId};
use crate::read::extract::class_words as words_of;
use crate::read::language;
use crate::read::zone;
use serde_json::Value;

/// What a page says about itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meta {
    /// The headline, without the site's name.
    pub title: Option<String>,
    /// The author(s) as the page names them.
    pub byline: Option<String>,
    /// The language tag as written (`en-GB`), if the page gives one.
    pub language: Option<String>,
    /// The publication day.
    pub published: Published,
    /// The headline element (`h1`) the page's text follows, if any.
    pub heading: Option<NodeId>,
    /// Where the article's header starts: `heading`, else the first `h2`
    /// or `h3` of the `<article>` holding the text.
    pub header_start: Option<NodeId>,
    /// The page's `<title>` as written (site name and all).
    pub title_tag: Option<String>,
    /// A day the markup gives that is weaker than a printed date: Parse.ly's
    /// older `parsely-page` tag, whose `pub_date` is mostly in UTC (the
    /// evening's articles of an American site dated the next day). Used
    /// when nothing else dates the page.
    pub fallback: Option<Published>,
    /// The two days of JSON-LD and the meta tags when they disagree (and
    /// `published` is [`Published::Unsure`]): a date printed under the
    /// headline that is one of them settles it (Medium's first day in its
    /// JSON-LD, a later republication in `article:published_time`).
    pub disputed: Option<[Published; 2]>,
    /// The article's text as its JSON-LD gives it (`articleBody`), when it
    /// does: the longest of the article objects'.
    pub body: Option<String>,
    /// What the page says it is about, in a sentence or two: its
    /// `og:description` or `twitter:description`, else its JSON-LD
    /// article's `description`. (Not `<meta name="description">`: a site
    /// often gives every page its own blurb there, "Get the latest stories
    /// for men interested in culture …" on a page not found.)
    pub description: Option<String>,
}

/// A date found in the page's markup.
#[derive(Clone, Debug)]
struct Found {
    day: Day,
    source: DateSource,
    evidence: String,
}

/// Collapses white space and trims.
pub(crate) fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The day a machine-readable date gives: ISO 8601 (`2020-07-09`,
/// `2020-07-09T18:40:00-04:00`, `2020-07-09 18:40`), compact `20200709`,
/// or any printed form [`dates::find_dates`] reads (`Thu, 09 Jul 2020
/// 22:40:00 GMT`, `July 9, 2020`). The date part as written: no shift to
/// UTC.
pub fn machine_day(value: &str) -> Option<Day> {
    let v = value.trim();
    let b = v.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
            .then(|| v[r].parse::<i64>().ok())
            .flatten()
    };
    // ISO 8601's date, also with a month or day without its leading zero
    // ("2014-9-5T12:00Z").
    if b.len() >= 8 && b[..4].iter().all(u8::is_ascii_digit) && (b[4] == b'-' || b[4] == b'/') {
        let sep = b[4];
        let run = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
        let m = run(5);
        if (1..=2).contains(&m) && b.get(5 + m) == Some(&sep) {
            let d = run(6 + m);
            if (1..=2).contains(&d) && b.get(6 + m + d).is_none_or(|c| !c.is_ascii_digit()) {
                return Day::new(digits(0..4)?, digits(5..5 + m)?, digits(6 + m..6 + m + d)?);
            }
        }
    }
    if b.len() >= 8
        && b[..8].iter().all(u8::is_ascii_digit)
        && b.get(8).is_none_or(|c| !c.is_ascii_digit())
    {
        return Day::new(digits(0..4)?, digits(4..6)?, digits(6..8)?);
    }
    // C's and Java's printed stamp: `Mon Aug 03 12:45:00 EDT 2015`.
    let w: Vec<&str> = v.split_whitespace().collect();
    if let [wd, month, day, time, .., year] = w.as_slice()
        && (5..=6).contains(&w.len())
        && dates::weekday_number(&wd.to_lowercase()).is_some()
        && time.contains(':')
        && year.len() == 4
        && let (Some(m), Ok(d), Ok(y)) = (
            dates::month_number(&month.to_lowercase()),
            day.parse::<u8>(),
            year.parse::<i64>(),
        )
    {
        return Day::new(y, m.into(), d.into());
    }
    dates::find_dates(v)
        .into_iter()
        .find_map(|m| match m.value {
            DateValue::Day(d) => Some(d),
            _ => None,
        })
}

/// The string value of `"field": "…"` in a small JSON object written into
/// an attribute, without its escapes read (a date has none).
fn json_string_field(json: &str, field: &str) -> Option<String> {
    let quoted = format!("\"{field}\"");
    let at = json.find(&quoted)? + quoted.len();
    let rest = json[at..].trim_start().strip_prefix(':')?.trim_start();
    let rest = rest.strip_prefix('"')?;
    let end = rest.find('"')?;
    Some(rest[..end].to_string())
}

/// Meta names (of `name`, `property`, `itemprop` or `http-equiv`, lower
/// case) that give the publication date.
const PUBLISHED_NAMES: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish_date",
    "publish-date",
    "publication_date",
    "publication-date",
    "date_published",
    "date-published",
    "published-date",
    "article:post_date",
    "article:publicationdate",
    "og:article:published",
    "og:datepublished",
    "og:pubdate",
    "og:publish_date",
    "shareaholic:article_published_time",
    "mediator_published_time",
    "twt-published-at",
    "bt:pubdate",
    "rbpubdate",
    "dcsext.articlefirstpublished",
    "dc.date.publication",
    "dateposted",
    "date_created",
    "content_create_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dc:date",
    "dcterms.date",
    "dc.created",
    "dc:created",
    "date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "article_date_original",
    "original-publish-date",
    "cxenseparse:recs:publishtime",
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "prism.publicationdate",
    "rnews:datepublished",
    "originalpublicationdate",
    "datecreated",
    "article.created",
    "pub_date",
    "vr:published_time",
    "displaydate",
    "dt",
    "doc_date",
    "og:regdate",
    "release_date",
    "video:release_date",
    "pdate",
    "ptime",
];

/// Meta names of a modification date: never the publication day.
fn is_modified_name(name: &str) -> bool {
    name.contains("modif") || name.contains("updat") || name.contains("revis") || name == "lastmod"
}

/// Whether the words of a class or id name an update and not the
/// publication: WordPress themes print `<time class="entry-date published
/// updated">` for a post never edited, which is its publication, and
/// BuzzFeed its "posted on April 21, 2015" in a box with the id
/// `update_posted_time_3758406`.
fn names_update_only(words: &[String]) -> bool {
    words.iter().any(|w| is_modified_name(w))
        && !words
            .iter()
            .any(|w| matches!(w.as_str(), "published" | "publish" | "pubdate" | "posted"))
}

/// Article types of schema.org whose `datePublished` is the article's.
fn article_type(t: &str) -> u8 {
    let t = t.rsplit(['/', ':']).next().unwrap_or(t);
    match t {
        "Article"
        | "NewsArticle"
        | "BlogPosting"
        | "ReportageNewsArticle"
        | "AnalysisNewsArticle"
        | "OpinionNewsArticle"
        | "BackgroundNewsArticle"
        | "ReviewNewsArticle"
        | "LiveBlogPosting"
        | "SocialMediaPosting"
        | "TechArticle"
        | "ScholarlyArticle"
        | "Report"
        | "DiscussionForumPosting"
        | "Posting"
        | "SatiricalArticle"
        | "AdvertiserContentArticle"
        | "Review"
        | "Blog" => 2,
        "WebPage" | "ItemPage" | "AboutPage" | "CollectionPage" | "ProfilePage" | "QAPage"
        | "FAQPage" | "MediaGallery" | "CreativeWork" => 1,
        _ => 0,
    }
}

/// The schema.org items of an article's type that hold the page's main
/// text (`container`): the boxes above it with an `itemtype` of an article
/// (`<article itemscope itemtype="http://schema.org/BlogPosting">`); with
/// none above it, the only such item inside it (a blog's post, where the
/// text's box was taken wide, with the site's header); several there are
/// a list's.
fn article_items(dom: &Dom, container: NodeId) -> Vec<NodeId> {
    if container == NONE {
        return Vec::new();
    }
    let is_article = |id: NodeId| {
        dom.attr(id, "itemtype")
            .is_some_and(|t| t.split_ascii_whitespace().any(|t| article_type(t) == 2))
    };
    let mut items = Vec::new();
    let mut at = container;
    while at != NONE {
        if is_article(at) {
            items.push(at);
        }
        at = dom.node(at).parent;
    }
    if items.is_empty() {
        let mut inside = dom.descendants(container).filter(|&d| is_article(d));
        if let (Some(one), None) = (inside.next(), inside.next()) {
            items.push(one);
        }
    }
    items
}

/// Whether the `itemprop` of `id` belongs to one of `items` (see
/// [`article_items`]): the closest box above it with an `itemtype`, 30
/// levels up at most, is one of them. Such an item's `name` and
/// `datePublished` are the article's own declarations, as JSON-LD's are,
/// wherever the theme prints them (a blog's date in an `<aside>` under its
/// text); a teaser's item does not hold the text.
fn in_own_item(dom: &Dom, id: NodeId, items: &[NodeId]) -> bool {
    if items.is_empty() {
        return false;
    }
    let mut at = dom.node(id).parent;
    for _ in 0..30 {
        if at == NONE {
            return false;
        }
        if dom.attr(at, "itemtype").is_some() {
            return items.contains(&at);
        }
        at = dom.node(at).parent;
    }
    false
}

/// An object of JSON-LD with a `datePublished` (or `dateCreated`).
#[derive(Debug)]
struct LdObject {
    rank: u8,
    published: Option<String>,
    headline: Option<String>,
    author: Option<String>,
    language: Option<String>,
    /// Its `articleBody`, as written (paragraph breaks kept).
    body: Option<String>,
    description: Option<String>,
}

fn ld_types(v: &Value) -> u8 {
    match v.get("@type") {
        Some(Value::String(s)) => article_type(s),
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .map(article_type)
            .max()
            .unwrap_or(0),
        _ => 0,
    }
}

fn ld_text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(clean(s)).filter(|s| !s.is_empty()),
        Value::Array(a) => a.iter().find_map(|x| ld_text(Some(x))),
        Value::Object(_) => None,
        _ => None,
    }
}

/// Names in a JSON-LD `author`: a string, an object with `name`, or a list
/// of either.
fn ld_author(v: Option<&Value>) -> Option<String> {
    let names: Vec<String> = match v? {
        Value::String(s) => vec![clean(s)],
        Value::Object(o) => ld_text(o.get("name")).into_iter().collect(),
        Value::Array(a) => a
            .iter()
            .filter_map(|x| match x {
                Value::String(s) => Some(clean(s)),
                Value::Object(o) => ld_text(o.get("name")),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    let names: Vec<String> = names.into_iter().filter(|n| !n.is_empty()).collect();
    (!names.is_empty()).then(|| names.join(", "))
}

/// Every object of a JSON-LD value, depth first (through `@graph`, lists
/// and nested objects such as `mainEntity`), at most `budget` of them.
fn ld_objects(v: &Value, out: &mut Vec<LdObject>, budget: &mut usize) {
    if *budget == 0 {
        return;
    }
    *budget -= 1;
    match v {
        Value::Array(a) => a.iter().for_each(|x| ld_objects(x, out, budget)),
        Value::Object(o) => {
            let rank = ld_types(v);
            let published =
                ld_text(o.get("datePublished")).or_else(|| ld_text(o.get("dateCreated")));
            if rank > 0 || published.is_some() {
                out.push(LdObject {
                    rank,
                    published,
                    headline: ld_text(o.get("headline")).or_else(|| ld_text(o.get("name"))),
                    author: ld_author(o.get("author")).or_else(|| ld_author(o.get("creator"))),
                    language: ld_text(o.get("inLanguage")),
                    body: o
                        .get("articleBody")
                        .and_then(Value::as_str)
                        .filter(|b| !b.trim().is_empty())
                        .map(str::to_string),
                    description: ld_text(o.get("description")),
                });
            }
            for (k, x) in o {
                if matches!(x, Value::Array(_) | Value::Object(_))
                    && !matches!(k.as_str(), "author" | "publisher" | "image" | "creator")
                {
                    ld_objects(x, out, budget);
                }
            }
        }
        _ => {}
    }
}

/// Reads a JSON-LD script: strict JSON first; a script JSON does not read
/// (a comment around it, a trailing comma) is searched for its
/// `"datePublished"` and `"headline"` strings.
fn read_json_ld(text: &str, out: &mut Vec<LdObject>) {
    let t = text
        .trim()
        .trim_start_matches("<!--")
        .trim_end_matches("-->")
        .trim()
        .trim_start_matches("//<![CDATA[")
        .trim_end_matches("//]]>")
        .trim();
    if let Ok(v) = serde_json::from_str::<Value>(t) {
        let mut budget = 2000;
        ld_objects(&v, out, &mut budget);
        return;
    }
    let field = |name: &str| -> Option<String> {
        let at = t.find(&format!("\"{name}\""))? + name.len() + 2;
        let rest = t[at..]
            .trim_start()
            .strip_prefix(':')?
            .trim_start()
            .strip_prefix('"')?;
        let end = rest.find('"')?;
        Some(clean(&rest[..end]))
    };
    if let Some(published) = field("datePublished") {
        out.push(LdObject {
            rank: 1,
            published: Some(published),
            headline: field("headline"),
            author: None,
            language: None,
            body: None,
            description: None,
        });
    }
}

/// A box whose dates are never the article's: comments, lists of other
/// stories, sidebars, navigation, the page's footer, an infobox.
pub fn foreign_box(dom: &Dom, id: NodeId) -> bool {
    foreign_box_but(dom, id, &[])
}

/// [`foreign_box`], with the class words in `layout` not counted: the
/// names the site gives the boxes that hold the article's text.
fn foreign_box_but(dom: &Dom, id: NodeId, layout: &[String]) -> bool {
    match dom.name(id) {
        Some("nav" | "aside" | "footer" | "menu") => return true,
        // Their classes are the page's flags ("main-menu-pinned").
        Some("html" | "body" | "main" | "article") | None => return false,
        _ => {}
    }
    let mut words = words_of(dom, id);
    words.retain(|w| !layout.contains(w));
    // A comment box with no paragraph of words and little text is a link
    // to the comments (a count in the article's meta line: elDiario.es's
    // `<p class="comments">47</p>` beside the day), not the comments.
    if words
        .iter()
        .any(|w| w.starts_with("comment") || w == "disqus")
        && (dom
            .descendants(id)
            .filter(|&d| matches!(dom.name(d), Some("p" | "blockquote" | "article")))
            // (A few paragraphs, a few nodes each: linear in the page
            // however deep the boxes nest.)
            .take(20)
            .any(|d| {
                dom.descendants(d)
                    .take(400)
                    .any(|t| match &dom.node(t).data {
                        Data::Text(t) => t.chars().any(char::is_alphabetic),
                        _ => false,
                    })
            })
            || visible(dom, id).chars().count() >= 200)
    {
        return true;
    }
    named_foreign(&words, true)
}

/// Whether the words of a class or id name a box of other content
/// (related stories, sidebars, navigation, replies …); `footer` counts
/// only when `with_footer` (an article's own footer is its own).
fn named_foreign(words: &[String], with_footer: bool) -> bool {
    words.iter().enumerate().any(|(k, w)| {
        w.starts_with("related")
            || w.starts_with("recommend")
            || w.starts_with("teaser")
            // (Not a layout named for its sidebar, "sidebar-layout",
            // "sidebar-grid__header": the box holding the text and its
            // column, or a part of it.)
            || w.starts_with("sidebar")
                && !words
                    .get(k + 1)
                    .is_some_and(|n| matches!(n.as_str(), "layout" | "grid" | "wrapper" | "container"))
            || w.starts_with("widget")
            || w.starts_with("reply")
            || w.starts_with("repl")
            || w.starts_with("promo")
            || w.starts_with("trending")
            || w.starts_with("popular")
            || (with_footer && w == "footer")
            || matches!(
                w.as_str(),
                "more"
                    | "latest"
                    | "nav"
                    | "menu"
                    | "disqus"
                    | "respond"
                    | "masthead"
                    | "topbar"
                    | "infobox"
            )
    })
}

/// The heading a page with no `h1` and no `<article>` puts over its text:
/// the last `h2` or `h3` before the text's box, inside the box that holds
/// that box (or the one above it), not the page's body (a blog post's
/// title over its entry).
fn heading_before(dom: &Dom, container: NodeId) -> Option<NodeId> {
    if container == NONE {
        return None;
    }
    let mut scope = dom.node(container).parent;
    for _ in 0..2 {
        if scope == NONE || matches!(dom.name(scope), Some("html" | "body") | None) {
            return None;
        }
        let mut last = None;
        for id in dom.descendants(scope) {
            if id == container {
                break;
            }
            if matches!(dom.name(id), Some("h2" | "h3"))
                && !in_foreign_box(dom, id, scope)
                && !visible(dom, id).is_empty()
            {
                last = Some(id);
            }
        }
        if last.is_some() {
            return last;
        }
        scope = dom.node(scope).parent;
    }
    None
}

/// Whether `id` is inside a [`foreign_box`] below `top`. A footer inside
/// an article (an `<article>`, or a box named as a post or an entry, at or
/// below `top`) is the article's own: its author, its date, its tags
/// (Blogger's `post-footer`, a news system's `footer` under the headline).
fn in_foreign_box(dom: &Dom, id: NodeId, top: NodeId) -> bool {
    in_foreign_box_but(dom, id, top, &[])
}

/// [`in_foreign_box`], with the class words in `layout` not counted (see
/// [`foreign_box_but`]).
fn in_foreign_box_but(dom: &Dom, id: NodeId, top: NodeId, layout: &[String]) -> bool {
    let mut at = id;
    while at != NONE && at != top {
        if dom.name(at).is_some()
            && foreign_box_but(dom, at, layout)
            && !article_footer(dom, at, top)
            && !meta_column(dom, at, top)
        {
            return true;
        }
        at = dom.node(at).parent;
    }
    false
}

/// Whether the headline `h` is in a box of other content
/// ([`in_foreign_box`] on the whole page), where a class word that a box
/// around the text's box (`container`) also carries names the site's
/// layout, not other content: TechRadar calls every box a "widget", ACLU's
/// whole article stands in a "panel-two-col-sidebar-right-mix". (Not the
/// text's box itself: when it is taken wide, it may hold the sidebar.)
fn headline_in_foreign_box(dom: &Dom, h: NodeId, container: NodeId) -> bool {
    let mut layout = Vec::new();
    let mut at = if container == NONE {
        NONE
    } else {
        dom.node(container).parent
    };
    while at != NONE {
        if dom.name(at).is_some() {
            layout.extend(words_of(dom, at));
        }
        at = dom.node(at).parent;
    }
    in_foreign_box_but(dom, h, 0, &layout)
}

/// Whether `id` is a small footer, by its tag or its name, that holds no
/// heading, paragraph or quote and little text: between a headline and its
/// text, the headline's or the byline's footer ("headline__footer" over
/// CNN's byline and time, The Telegraph's `<footer class="footer-author">`
/// with its author and date), not the page's.
pub fn details_footer(dom: &Dom, id: NodeId) -> bool {
    let words = words_of(dom, id);
    if !(dom.name(id) == Some("footer") || words.iter().any(|w| w == "footer"))
        || named_foreign(&words, false)
        || words.iter().any(|w| w.starts_with("comment"))
    {
        return false;
    }
    // Small: at most 400 nodes and 200 letters, digits and marks (read
    // no further, so that nested footers are read in linear time).
    let mut chars = 0;
    for (n, d) in dom.descendants(id).enumerate() {
        if n >= 400 {
            return false;
        }
        match &dom.node(d).data {
            Data::Element { .. }
                if matches!(
                    dom.name(d),
                    Some("h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "p" | "article" | "blockquote")
                ) =>
            {
                return false;
            }
            Data::Text(t) => {
                chars += t.chars().filter(|c| !c.is_whitespace()).count();
                if chars > 200 {
                    return false;
                }
            }
            _ => {}
        }
    }
    true
}

/// Whether `id`, a [`foreign_box`], is a footer inside an article below
/// `top` (see [`in_foreign_box`]).
fn article_footer(dom: &Dom, id: NodeId, top: NodeId) -> bool {
    if top == 0 || top == NONE {
        return false;
    }
    let words = words_of(dom, id);
    let footer = dom.name(id) == Some("footer")
        || words.iter().any(|w| w == "footer")
            && !named_foreign(&words, false)
            && !words.iter().any(|w| w.starts_with("comment"));
    if !footer {
        return false;
    }
    let mut at = dom.node(id).parent;
    while at != NONE {
        if dom.name(at) == Some("article")
            || words_of(dom, at).iter().any(|w| {
                matches!(
                    w.as_str(),
                    "hentry" | "post" | "entry" | "article" | "story"
                )
            })
        {
            return true;
        }
        if at == top {
            return false;
        }
        at = dom.node(at).parent;
    }
    false
}

/// Whether `id`, a [`foreign_box`], is an `<aside>` inside an article
/// below `top` that holds the article's own details beside its text (a
/// column with its kind, its date, its reading time, a print link and a
/// share menu: Spektrum's `<aside><ul class="content__meta">`), not other
/// content: not named as other content, no heading, no paragraph, little
/// text.
/// Whether `id` is an `<aside>` of an article's own details inside an
/// `<article>` (not named as other content, no heading, no paragraph,
/// little text): the Guardian's byline and date beside its text.
pub fn meta_aside(dom: &Dom, id: NodeId) -> bool {
    details_aside(dom, id) && {
        let mut at = dom.node(id).parent;
        while at != NONE && dom.name(at) != Some("article") {
            at = dom.node(at).parent;
        }
        at != NONE
    }
}

/// An `<aside>` that may hold an article's own details: not named as
/// other content, no heading, no paragraph, little text.
fn details_aside(dom: &Dom, id: NodeId) -> bool {
    dom.name(id) == Some("aside")
        && !named_foreign(&words_of(dom, id), true)
        && !dom.descendants(id).any(|d| {
            matches!(
                dom.name(d),
                Some("h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "p" | "article" | "blockquote")
            )
        })
        && visible(dom, id).chars().count() <= 160
}

fn meta_column(dom: &Dom, id: NodeId, top: NodeId) -> bool {
    if top == 0 || top == NONE || !details_aside(dom, id) {
        return false;
    }
    let mut at = dom.node(id).parent;
    while at != NONE {
        if at == top || dom.name(at) == Some("article") {
            return true;
        }
        at = dom.node(at).parent;
    }
    false
}

/// The part of the page an article's own dates are in: the `<article>`
/// around its main text and its `h1`, else the closest box holding both
/// (not the page's body), else the `<article>` around the text, else the
/// box of the main text.
fn article_area(dom: &Dom, container: NodeId, h1: Option<NodeId>) -> NodeId {
    if container == NONE {
        return h1.map_or(0, |h| dom.node(h).parent);
    }
    let ancestors = |mut n: NodeId| {
        let mut v = Vec::new();
        while n != NONE {
            v.push(n);
            n = dom.node(n).parent;
        }
        v
    };
    let mine = ancestors(container);
    let article = mine
        .iter()
        .copied()
        .find(|&a| dom.name(a) == Some("article"));
    // The headline and its header may stand before the <article> that
    // holds the text: the box holding both, unless that is the page.
    if let Some(h) = h1 {
        let theirs = ancestors(h);
        if let Some(&common) = mine.iter().find(|a| theirs.contains(a))
            && !matches!(dom.name(common), Some("html" | "body") | None)
        {
            return match article {
                Some(a) if theirs.contains(&a) => a,
                _ => common,
            };
        }
    }
    if let Some(a) = article {
        return a;
    }
    let parent = dom.node(container).parent;
    if parent == NONE || matches!(dom.name(parent), Some("html") | None) {
        container
    } else {
        parent
    }
}

/// A URL's path, without query or fragment, past the host: a date in a
/// domain is not a day.
fn url_path(url: &str) -> &str {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    match path.find("://") {
        Some(i) => path[i + 3..].find('/').map_or("", |j| &path[i + 3 + j..]),
        None => path,
    }
}

/// A date in a URL's path: `/2020/04/28/`, `/2020-04-28-slug`,
/// `/20200428/`, with the part it was read from.
pub fn url_day(url: &str) -> Option<(Day, String)> {
    let path = url_path(url);
    let b = path.as_bytes();
    let is_digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let sep = |i: usize| b.get(i).is_none_or(|c| !c.is_ascii_alphanumeric());
    for i in 0..b.len() {
        if i > 0 && b[i - 1].is_ascii_alphanumeric() {
            continue;
        }
        if !(0..4).all(|k| is_digit(i + k)) {
            continue;
        }
        let year = &path[i..i + 4];
        if !(year.starts_with("19") || year.starts_with("20")) {
            continue;
        }
        // YYYY/MM/DD or YYYY-MM-DD (a separator, two digits each).
        let s = b.get(i + 4).copied();
        if matches!(s, Some(b'/' | b'-' | b'_'))
            && is_digit(i + 5)
            && is_digit(i + 6)
            && b.get(i + 7) == s.as_ref()
            && is_digit(i + 8)
            && is_digit(i + 9)
            && sep(i + 10)
        {
            let part = &path[i..i + 10];
            let day = Day::new(
                year.parse().ok()?,
                path[i + 5..i + 7].parse().ok()?,
                path[i + 8..i + 10].parse().ok()?,
            );
            if let Some(d) = day {
                return Some((d, part.to_string()));
            }
        }
        // YYYYMMDD between separators.
        if (4..8).all(|k| is_digit(i + k)) && sep(i + 8) && i > 0 {
            let part = &path[i..i + 8];
            if let Some(d) = Day::new(
                year.parse().ok()?,
                part[4..6].parse().ok()?,
                part[6..8].parse().ok()?,
            ) {
                return Some((d, part.to_string()));
            }
        }
    }
    sectioned_day(path).or_else(|| query_day(url))
}

/// A date that starts an article's id in a URL's query: a value
/// `YYYYMMDD-…` (Yahoo Japan's `hl?a=20170309-35097838-cnetj-sci`). Not
/// a bare date (`?date=20170309` lists a day's stories).
fn query_day(url: &str) -> Option<(Day, String)> {
    let query = url.split('#').next()?.split_once('?')?.1;
    query.split('&').find_map(|pair| {
        let value = pair.split_once('=')?.1;
        let b = value.as_bytes();
        if b.len() < 10
            || !b[..8].iter().all(u8::is_ascii_digit)
            || !matches!(b[8], b'-' | b'_')
            || !b[9].is_ascii_alphanumeric()
            || !(value.starts_with("19") || value.starts_with("20"))
        {
            return None;
        }
        let day = Day::new(
            value[..4].parse().ok()?,
            value[4..6].parse().ok()?,
            value[6..8].parse().ok()?,
        )?;
        Some((day, value[..8].to_string()))
    })
}

/// A date spread over whole path segments with a section's name after
/// the year, or with one-digit month and day: `/2010/POLITICS/08/13/`
/// (CNN's old addresses), `/2013/middle_east/8/3/`, `/2013/8/3/`.
fn sectioned_day(path: &str) -> Option<(Day, String)> {
    let parts: Vec<&str> = path.split('/').collect();
    let num = |s: &str, max: u32| {
        (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
            .filter(|&n| (1..=max).contains(&n))
    };
    // A section's name: letters, `_` and `-`; not a pager's word.
    let section = |s: &str| {
        s.bytes().any(|b| b.is_ascii_alphabetic())
            && s.bytes()
                .all(|b| b.is_ascii_alphabetic() || b == b'_' || b == b'-')
            && !matches!(
                s.to_ascii_lowercase().as_str(),
                "page" | "p" | "pages" | "seite"
            )
    };
    for (i, y) in parts.iter().enumerate() {
        if !(y.len() == 4
            && y.bytes().all(|b| b.is_ascii_digit())
            && (y.starts_with("19") || y.starts_with("20")))
        {
            continue;
        }
        let skip = usize::from(parts.get(i + 1).is_some_and(|s| section(s)));
        let (Some(m), Some(d)) = (parts.get(i + 1 + skip), parts.get(i + 2 + skip)) else {
            continue;
        };
        // The day is followed by more of the path (a slug, an index
        // page): `/2013/8/3` alone may be a pager's numbers.
        if parts.get(i + 3 + skip).is_none_or(|s| s.is_empty()) {
            continue;
        }
        if let (Some(mm), Some(dd)) = (num(m, 12), num(d, 31))
            && let Some(day) = Day::new(y.parse().ok()?, mm.into(), dd.into())
        {
            return Some((day, parts[i..i + 3 + skip].join("/")));
        }
    }
    None
}

/// The month a URL's path names without a day (`/2014/05/slug`,
/// `/decor/2015-01/slug`), as its first day.
pub fn url_month(url: &str) -> Option<Day> {
    let path = url_path(url);
    let year = |s: &str| {
        (s.len() == 4
            && s.bytes().all(|b| b.is_ascii_digit())
            && (s.starts_with("19") || s.starts_with("20")))
        .then(|| s.parse::<i64>().ok())
        .flatten()
    };
    let month = |s: &str| {
        (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i64>().ok())
            .flatten()
    };
    let parts: Vec<&str> = path.split('/').collect();
    parts.iter().enumerate().find_map(|(i, p)| {
        let (y, m) = match p.split_once('-') {
            Some((y, m)) => (year(y)?, month(m)?),
            None => (year(p)?, month(parts.get(i + 1)?)?),
        };
        Day::new(y, m, 1)
    })
}

/// Cuts the site's name from a title: the part after (or before) a
/// separator that is the site name, or, when `headline` is known, the part
/// that is not it.
pub fn strip_site(title: &str, sites: &[String]) -> String {
    let mut title = clean(title);
    // A date after the site's name ("… – DW – 30.01.2024") goes first.
    for sep in [" | ", " - ", " – ", " — "] {
        if let Some((head, tail)) = title.rsplit_once(sep)
            && head.contains(sep)
            && dates::date_line(tail).is_some_and(|d| d.printed.trim() == tail.trim())
        {
            title = head.to_string();
            break;
        }
    }
    for sep in [
        " | ", " -- ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " / ", " : ", "｜", "：",
        ": ", "_",
    ] {
        let parts: Vec<&str> = title.split(sep).collect();
        if parts.len() < 2 {
            continue;
        }
        let is_site = |p: &str| {
            let p = p.trim().to_lowercase();
            sites.iter().any(|s| {
                let s = s.to_lowercase();
                // A part holding the site's name is the site's when
                // it says little else ("Sott.net" in "Puppet Masters --
                // Sott.net", not in a headline naming the site).
                // A domain's name is its site's ("dw.com": "DW").
                let domain = s.contains('.').then(|| s.split('.').next().unwrap_or(""));
                !s.is_empty()
                    && (p == s
                        || s.contains(&p) && p.len() >= 3
                        || p.contains(&s) && p.len() <= 2 * s.len() + 12
                        || domain.is_some_and(|d| d.len() >= 2 && d == p))
            })
        };
        let last = parts.len() - 1;
        if is_site(parts[last]) {
            return parts[..last].join(sep).trim().to_string();
        }
        if is_site(parts[0]) && !matches!(sep, ": " | "：") {
            return parts[1..].join(sep).trim().to_string();
        }
    }
    title
}

/// How much two titles have in common: the share of the shorter one's
/// words (lower case) found in the longer.
fn overlap(a: &str, b: &str) -> f32 {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    let (short, long) = if wa.len() <= wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    if short.is_empty() {
        return 0.0;
    }
    short.iter().filter(|w| long.contains(w)).count() as f32 / short.len() as f32
}

/// Whether two titles say the same: most of the words of the longer are
/// in the shorter, or (in a script without spaces) one holds the other and
/// is not much longer.
fn agree(a: &str, b: &str) -> bool {
    let (la, lb) = (a.to_lowercase(), b.to_lowercase());
    let (short, long) = if la.chars().count() <= lb.chars().count() {
        (&la, &lb)
    } else {
        (&lb, &la)
    };
    if long.contains(short.as_str()) && short.chars().count() * 2 >= long.chars().count() {
        return true;
    }
    let (ws, wl) = (lower_words(short), lower_words(long));
    !wl.is_empty()
        && ws.iter().filter(|w| wl.contains(w)).count() * 2 >= wl.len().max(ws.len())
        && ws.len() * 2 >= wl.len()
}

/// The words of a title, in lower case, without their marks.
fn lower_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// What one pass over the page collects for [`read`].
#[derive(Default)]
struct Collected {
    metas: Vec<(String, String)>,
    json_ld: Vec<String>,
    canonical: Option<String>,
    html_lang: Option<String>,
    title: Option<String>,
    h1: Vec<NodeId>,
    /// Elements marked as the headline (see `read`), in document order.
    headlines: Vec<NodeId>,
    /// hAtom's entries (`class="hentry"` or `h-entry`).
    entries: Vec<NodeId>,
    times: Vec<NodeId>,
    bylines: Vec<NodeId>,
    /// Where the h1 elements stand in document order.
    h1_at: Vec<usize>,
    /// Where the main text's box stands in document order.
    container_at: Option<usize>,
    /// The article's own schema.org items (see [`article_items`]).
    items: Vec<NodeId>,
}

impl Collected {
    fn position(&self, h1: NodeId) -> Option<usize> {
        self.h1.iter().position(|&h| h == h1).map(|i| self.h1_at[i])
    }
}

fn collect(dom: &Dom, container: NodeId) -> Collected {
    let mut c = Collected::default();
    let items = article_items(dom, container);
    for (at, id) in dom.descendants(0).enumerate() {
        if id == container {
            c.container_at = Some(at);
        }
        let Some(name) = dom.name(id) else { continue };
        if name == "h1" {
            c.h1_at.push(at);
        }
        match name {
            "html" => {
                c.html_lang = dom
                    .attr(id, "lang")
                    .or_else(|| dom.attr(id, "xml:lang"))
                    .map(clean);
            }
            "meta" => {
                let key = ["property", "name", "itemprop", "http-equiv"]
                    .iter()
                    .find_map(|a| dom.attr(id, a))
                    .map(|k| k.trim().to_ascii_lowercase());
                let value = ["content", "datetime", "value"]
                    .iter()
                    .find_map(|a| dom.attr(id, a));
                if let (Some(k), Some(v)) = (key, value) {
                    c.metas.push((k, v.to_string()));
                }
            }
            "script"
                if dom
                    .attr(id, "type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
            {
                c.json_ld.push(dom.text(id));
            }
            "link" => {
                if dom.attr(id, "rel").is_some_and(|r| {
                    r.split_ascii_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("canonical"))
                }) && let Some(h) = dom.attr(id, "href")
                {
                    c.canonical = Some(h.trim().to_string());
                }
            }
            "title" if c.title.is_none() && in_head_or_top(dom, id) => {
                c.title = Some(clean(&dom.text(id))).filter(|t| !t.is_empty());
            }
            "h1" => c.h1.push(id),
            _ => {}
        }
        if name != "meta"
            && (dom
                .attr(id, "itemprop")
                .is_some_and(|p| p.split_ascii_whitespace().any(|p| p == "headline"))
                || matches!(name, "h1" | "h2" | "h3")
                    && dom
                        .attr(id, "class")
                        .is_some_and(|v| v.split_ascii_whitespace().any(|w| w == "entry-title"))
                // (The `name` of the article's own item, a heading or the
                // link in one.)
                || dom
                    .attr(id, "itemprop")
                    .is_some_and(|p| p.split_ascii_whitespace().any(|p| p == "name"))
                    && (matches!(name, "h1" | "h2" | "h3")
                        || matches!(dom.name(dom.node(id).parent), Some("h1" | "h2" | "h3")))
                    && in_own_item(dom, id, &items))
        {
            c.headlines.push(id);
        }
        if dom.attr(id, "class").is_some_and(|v| {
            v.split_ascii_whitespace()
                .any(|w| w == "hentry" || w == "h-entry")
        }) {
            c.entries.push(id);
        }
        if name == "time"
            // GitHub's elements for a time that scripts rewrite ("2 years ago").
            || matches!(name, "relative-time" | "local-time" | "time-ago")
                && dom.attr(id, "datetime").is_some()
            || dom.attr(id, "itemprop").is_some_and(|p| {
                p.split_ascii_whitespace()
                    .any(|p| p == "datePublished" || p == "dateCreated")
            }) && name != "meta"
            || dom.attr(id, "pubdate").is_some()
            // RDFa in the body (Drupal: `<span property="dc:date
            // dc:created" content="2012-12-16T18:22:05+01:00">`).
            || name != "meta"
                && dom.attr(id, "content").is_some()
                && dom.attr(id, "property").is_some_and(|p| {
                    p.split_ascii_whitespace().any(|p| {
                        let p = p.rsplit(':').next().unwrap_or(p);
                        matches!(
                            p,
                            "created" | "issued" | "datePublished" | "dateCreated" | "published_time"
                        )
                    })
                })
            // hAtom's `<abbr class="published" title="2012-12-16T18:22:00+01:00">`
            // (Blogger's posts, older WordPress themes).
            || name == "abbr"
                && dom.attr(id, "title").is_some()
                && (words_of(dom, id).iter().any(|w| w == "published")
                    // A byline's "1 hr 4 mins ago" with its time in the title
                    // (Yahoo's `<cite class="byline">By … | AP – <abbr
                    // title="2011-08-25T01:40:40Z">`); a comment's is not.
                    || dom.attr(id, "title").is_some_and(|t| machine_day(t).is_some())
                        && in_byline(dom, id))
        {
            c.times.push(id);
        }
        if dom
            .attr(id, "rel")
            .is_some_and(|r| r.split_ascii_whitespace().any(|r| r == "author"))
            || dom
                .attr(id, "itemprop")
                .is_some_and(|p| p.split_ascii_whitespace().any(|p| p == "author"))
            || (!matches!(name, "meta" | "link" | "html" | "body")
                && ["class", "id"].iter().any(|a| {
                    dom.attr(id, a).is_some_and(|v| {
                        v.as_bytes()
                            .windows(6)
                            .any(|w| w.eq_ignore_ascii_case(b"byline"))
                    })
                })
                && words_of(dom, id).iter().any(|w| w == "byline"))
        {
            c.bylines.push(id);
        }
    }
    c.items = items;
    c
}

/// Whether an element is inside a byline (a class or id word `byline`,
/// three levels up at most).
fn in_byline(dom: &Dom, id: NodeId) -> bool {
    let mut at = dom.node(id).parent;
    for _ in 0..3 {
        if at == NONE {
            return false;
        }
        if words_of(dom, at).iter().any(|w| w == "byline") {
            return true;
        }
        at = dom.node(at).parent;
    }
    false
}

/// A `<title>` of the document, not one inside an SVG or the body's text.
fn in_head_or_top(dom: &Dom, id: NodeId) -> bool {
    let mut at = dom.node(id).parent;
    while at != NONE {
        match dom.name(at) {
            Some("svg" | "math") => return false,
            Some("head") => return true,
            _ => {}
        }
        at = dom.node(at).parent;
    }
    true
}

/// The visible text of an element, white space collapsed, without what is
/// in scripts and styles.
fn visible(dom: &Dom, id: NodeId) -> String {
    visible_text(dom, id, false)
}

/// [`visible`], with a space where each element inside starts: the parts
/// of a date that a page's style sets apart (Reuters' `<time><span>March
/// 7, 2024</span><span>7:55 AM UTC</span>`, which read "20247:55").
fn visible_parts(dom: &Dom, id: NodeId) -> String {
    visible_text(dom, id, true)
}

fn visible_text(dom: &Dom, id: NodeId, parts: bool) -> String {
    let mut out = String::new();
    let mut skip: Vec<NodeId> = Vec::new();
    for d in dom.descendants(id) {
        if let Some(&s) = skip.last()
            && !is_under(dom, d, s)
        {
            skip.pop();
        }
        if !skip.is_empty() {
            continue;
        }
        match &dom.node(d).data {
            Data::Element { name, .. }
                if matches!(
                    &*name.local,
                    "script" | "style" | "noscript" | "template" | "svg"
                ) || d != id && styled_hidden(dom, d) =>
            {
                skip.push(d);
            }
            Data::Text(t) => {
                out.push_str(t);
            }
            Data::Element { name, .. } if &*name.local == "br" || (parts && d != id) => {
                out.push(' ');
            }
            _ => {}
        }
    }
    clean(&out)
}

/// Whether an element's style hides it (see
/// [`crate::read::extract::style_hides`]): BroadwayWorld's byline holds
/// its publisher's name so, glued to the day it shows
/// ("BroadwayWorld.comOct. 13, 2016").
fn styled_hidden(dom: &Dom, id: NodeId) -> bool {
    dom.attr(id, "style")
        .is_some_and(crate::read::extract::style_hides)
}

/// The headline's block: the widest box around the headline `h1` that is
/// not the article's text (its `container`) or around it, and holds
/// little text (a kicker, the headline, a byline, a day, a standfirst).
fn head_block(dom: &Dom, h1: Option<NodeId>, container: NodeId) -> Option<NodeId> {
    let h1 = h1?;
    if container == NONE {
        return None;
    }
    let mut block = None;
    let mut at = dom.node(h1).parent;
    while at != NONE && at != container && !is_under(dom, container, at) {
        if dom.name(at).is_some() {
            if matches!(dom.name(at), Some("body" | "html"))
                || visible(dom, at).chars().nth(600).is_some()
            {
                break;
            }
            block = Some(at);
        }
        at = dom.node(at).parent;
    }
    block
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

/// Cuts "By", "Von", "Por", "Par", "Di" and a trailing date from a byline.
fn clean_byline(s: &str) -> Option<String> {
    let s = clean(s);
    let lower = s.to_lowercase();
    let mut rest: &str = &s;
    for p in ["by ", "von ", "por ", "par ", "di ", "door ", "av ", "af "] {
        if lower.starts_with(p) {
            rest = &s[p.len()..];
            break;
        }
    }
    // A byline box that holds more than the byline: a "Print" link and
    // the author's avatar before "By" and the name (Advance's local
    // sites: "Print National Desk By National Desk"): the name after it.
    // (Only where the name after "By" is also before it, the avatar's:
    // "Stand By Me Staff" is no byline of "Me Staff".)
    if rest.len() == s.len()
        && let Some(at) = s.rfind(" By ")
        && s[at + 4..]
            .split_whitespace()
            .take(2)
            .collect::<Vec<_>>()
            .join(" ")
            .split(" |")
            .next()
            .is_some_and(|name| !name.is_empty() && s[..at].contains(name))
    {
        rest = &s[at + 4..];
    }
    // A date or a handle after the name is not part of it, nor a role or
    // an address after a bar ("David Lassman | dlassman@syracuse.com").
    let rest = match dates::find_dates(rest).first() {
        Some(m) => &rest[..m.start],
        None => rest,
    };
    let rest = rest.split(" @").next().unwrap_or(rest);
    let rest = rest.split(" | ").next().unwrap_or(rest);
    let mut rest = rest
        .trim()
        .trim_end_matches([',', '|', '-', '–', '—', '·'])
        .trim();
    // The word that led to a date cut off ("… on", "… am") or a button's
    // ("Follow").
    while let Some((head, last)) = rest.rsplit_once(' ')
        && matches!(
            last,
            "on" | "at" | "am" | "le" | "el" | "il" | "op" | "Follow"
        )
    {
        rest = head.trim_end();
    }
    let words = rest.split_whitespace().count();
    (words > 0 && words <= 12 && rest.chars().count() <= 120).then(|| rest.to_string())
}

/// Whether element `id` is named as the date of an update ("updated-date",
/// "lastModified"): never the publication day, unless what it prints
/// says it is ("Published Oct 19, 2022" in LittleThings' box named
/// `PostHeader__ScUpdatedAtText`).
pub fn names_an_update(dom: &Dom, id: NodeId) -> bool {
    names_update_only(&words_of(dom, id)) && !opens_published(dom, id)
}

/// Whether the text of `id` opens with a word of publishing
/// ("Published", "Veröffentlicht"): read from its first 20 text nodes.
fn opens_published(dom: &Dom, id: NodeId) -> bool {
    let mut start = String::new();
    for d in dom.descendants(id).take(60) {
        if let Data::Text(t) = &dom.node(d).data {
            start.push_str(t);
            start.push(' ');
            if start.len() > 40 {
                break;
            }
        }
    }
    dates::starts_with_publish_word(&start)
}

/// Whether a word of a class or id names a box as a date ("date",
/// "pubdate", "published", "timestamp"…).
fn names_a_date(w: &str) -> bool {
    matches!(
        w,
        "date"
            | "dates"
            | "pubdate"
            | "published"
            | "publish"
            | "publication"
            | "posted"
            | "timestamp"
            | "datetime"
            | "entrydate"
            | "postdate"
    )
}

/// The texts of the boxes in the article's part of the page that are
/// named as its date ("date", "pub-date", "published", "entry-date",
/// "timestamp", "dateline"…), in document order: where a page prints the
/// day it gives no markup for. Boxes named as an update, and those in
/// comments, teasers or sidebars, are left out.
pub fn date_boxes(dom: &Dom, container: NodeId, heading: Option<NodeId>) -> Vec<String> {
    let area = article_area(dom, container, heading);
    dated_boxes(dom, area, None)
}

/// [`date_boxes`] over the whole page, `<time>` elements too: the last
/// place a page with nothing better says its day (a Chinese agency's
/// `<span class="h-time">` in a header block apart from the text, a
/// `<time>` beside the title in a banner row). Boxes in the site's header
/// (a `<header>` or banner that does not hold the headline) and boxes
/// named as today's date are left out: they give the day the page was
/// seen; so are boxes in a link or holding one (a teaser's day, a list's
/// "2019.03.08 All news").
pub fn page_date_boxes(dom: &Dom, heading: Option<NodeId>) -> Vec<String> {
    dated_boxes(dom, 0, Some(heading))
}

/// The texts of the boxes under `area` named as a date (see
/// [`date_boxes`]); with `page` (the headline, if known), also the
/// `<time>`s, and not in the site's header.
fn dated_boxes(dom: &Dom, area: NodeId, page: Option<Option<NodeId>>) -> Vec<String> {
    let times = page.is_some();
    let site_header = |id: NodeId| {
        let Some(heading) = page else {
            return false;
        };
        if dom
            .descendants(id)
            .take(200)
            .any(|d| dom.name(d) == Some("a"))
        {
            return true;
        }
        let mut at = id;
        while at != NONE {
            if dom.name(at) == Some("a") {
                return true;
            }
            if (dom.name(at) == Some("header")
                || dom
                    .attr(at, "role")
                    .is_some_and(|r| r.eq_ignore_ascii_case("banner")))
                && heading.is_none_or(|h| !is_under(dom, h, at))
            {
                return true;
            }
            at = dom.node(at).parent;
        }
        false
    };
    let mut checked = 0;
    let mut out = Vec::new();
    let mut words = Vec::new();
    for id in std::iter::once(area).chain(dom.descendants(area)) {
        if dom.name(id).is_none()
            || matches!(dom.name(id), Some("script" | "style" | "meta" | "link"))
        {
            continue;
        }
        words.clear();
        for attr in ["class", "id"] {
            if let Some(v) = dom.attr(id, attr) {
                crate::read::extract::name_words(v, &mut words);
            }
        }
        let dated = (times && dom.name(id) == Some("time"))
            || words.iter().any(|w| {
                names_a_date(w)
                    || matches!(
                        w.as_str(),
                        "dateline"
                            | "time"
                            | "meta"
                            | "postmeta"
                            | "postmetadata"
                            | "entrymeta"
                            | "postinfo"
                    )
            });
        // (hCard's and hCalendar's days are a person's or an event's:
        // Wikipedia's infobox has `<span class="bday dtstart published
        // updated">1998-02-28</span>`, the day Mozilla was founded.)
        let other_day = words.iter().any(|w| {
            matches!(w.as_str(), "bday" | "dtstart" | "dtend" | "deathdate")
                || times && matches!(w.as_str(), "today" | "current" | "currentdate" | "heute")
        });
        // (At most a few hundred boxes are looked at, each up through its
        // ancestors: linear in the page however the boxes nest.)
        if dated {
            checked += 1;
            if checked > 300 {
                break;
            }
        }
        if !dated
            || other_day
            || names_update_only(&words)
            || in_foreign_box(dom, id, area)
            || site_header(id)
        {
            continue;
        }
        let mut text = visible(dom, id);
        if times && text.is_empty() && dom.name(id) == Some("time") {
            text = dom.attr(id, "datetime").unwrap_or_default().to_string();
        }
        if !text.is_empty() && text.chars().count() <= 160 {
            out.push(text);
        } else if let Some(footer) = crate::read::dates::post_footer_in(&text) {
            // (A long box is read only from a blog's post footer on: "This
            // entry was posted on …".)
            out.push(footer.to_string());
        }
        if out.len() >= 8 {
            break;
        }
    }
    out
}

/// The texts just above an article's headline, nearest first: its two
/// previous boxes with text, or, when the headline opens its box (a title
/// wrapper), that box's — at most three boxes up, and only inside the
/// article's part of the page (the box holding the headline and the text) and a
/// box named as an article, post, entry or story, so that a site's masthead
/// "today" above the whole content is never read.
/// A kicker's date ("March 12, 2019" over the headline) is here.
pub fn texts_above(dom: &Dom, container: NodeId, heading: NodeId) -> Vec<String> {
    let area = article_area(dom, container, Some(heading));
    let mut out = Vec::new();
    if container == NONE || !is_under(dom, heading, area) {
        return out;
    }
    // The box the line and the headline share must be an article's: an
    // `<article>` or a box named as a post, entry or story, up to the area.
    let article_box = |mut id: NodeId| {
        let mut words = Vec::new();
        loop {
            if dom.name(id) == Some("article") {
                return true;
            }
            words.clear();
            for attr in ["class", "id"] {
                if let Some(v) = dom.attr(id, attr) {
                    crate::read::extract::name_words(v, &mut words);
                }
            }
            if words.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "article"
                        | "post"
                        | "entry"
                        | "story"
                        | "hentry"
                        | "news"
                        | "artikel"
                        | "beitrag"
                )
            }) {
                return true;
            }
            if id == area || id == NONE {
                return false;
            }
            id = dom.node(id).parent;
        }
    };
    let mut at = heading;
    for _ in 0..3 {
        if !article_box(dom.node(at).parent) {
            break;
        }
        let seen = texts_before(dom, at, &mut out, |prev, text| {
            text.chars().count() <= 80 && !in_foreign_box(dom, prev, area)
        });
        let parent = dom.node(at).parent;
        if seen > 0 || parent == area || parent == NONE || !is_under(dom, parent, area) {
            break;
        }
        at = parent;
    }
    // The headline opens the article's box, and a box named as a date
    // stands just before that box (Sanwa Supply's `<dl class="date">
    // <dt>2019.03.08</dt>…` between its section's h1 and the news item's
    // box): its text, one of the two boxes with text before it at most.
    if out.is_empty() && article_box(area) && opens_with(dom, area, heading) {
        let mut words = Vec::new();
        texts_before(dom, area, &mut out, |prev, text| {
            words.clear();
            for attr in ["class", "id"] {
                if let Some(v) = dom.attr(prev, attr) {
                    crate::read::extract::name_words(v, &mut words);
                }
            }
            words.iter().any(|w| names_a_date(w))
                && !names_update_only(&words)
                && !foreign_box(dom, prev)
                && text.chars().count() <= 80
        });
    }
    out
}

/// The texts of the nodes before `node` (its two previous siblings with
/// text at most) that `keep` keeps, added to `out`; how many had text.
/// (An element's parts spaced: a kicker's link and the day a style sets
/// apart, `<a>Nuomonės</a><span>2024.03.31 19:59</span>`.)
fn texts_before(
    dom: &Dom,
    node: NodeId,
    out: &mut Vec<String>,
    mut keep: impl FnMut(NodeId, &str) -> bool,
) -> usize {
    let mut prev = dom.node(node).prev;
    let mut seen = 0;
    while prev != NONE && seen < 2 {
        let text = match &dom.node(prev).data {
            Data::Text(t) => clean(t),
            Data::Element { .. } => visible_parts(dom, prev),
            _ => String::new(),
        };
        if !text.is_empty() {
            seen += 1;
            if keep(prev, &text) {
                out.push(text);
            }
        }
        prev = dom.node(prev).prev;
    }
    seen
}

/// Whether the first text of `area` is in `heading`.
fn opens_with(dom: &Dom, area: NodeId, heading: NodeId) -> bool {
    dom.descendants(area)
        .find(|&d| matches!(&dom.node(d).data, Data::Text(t) if !t.trim().is_empty()))
        .is_some_and(|t| is_under(dom, t, heading))
}

/// What stands between a title's headline and the site's name in
/// `<title>` ("… | Metro", "… - POLITICO", a WordPress theme's "Post «
/// Blog").
pub const SITE_SEPARATORS: [&str; 8] = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « "];

/// Reads what a page says about itself (see the module notes). `container`
/// is the box of its main text ([`NONE`] when it has none).
pub fn read(dom: &Dom, container: NodeId) -> Meta {
    let c = collect(dom, container);
    let meta = |names: &[&str]| -> Option<String> {
        names.iter().find_map(|n| {
            c.metas
                .iter()
                .find(|(k, v)| k == n && !v.trim().is_empty())
                .map(|(_, v)| clean(v))
        })
    };
    let mut ld: Vec<LdObject> = Vec::new();
    for script in &c.json_ld {
        read_json_ld(script, &mut ld);
    }
    let best_rank = ld.iter().map(|o| o.rank).max().unwrap_or(0);

    // Title.
    // The h1 just before the main text (a site's logo in an h1 comes
    // first) or in it; with a main text and none before it, an h1 after
    // it heads another box (Google Translate's "Original text" at the end
    // of a page), not the article; with no main text, the first.
    // (In a box named as other content, an h1 that says what the page's
    // title or og:title says, what follows it there shorter than it, is
    // still the headline: Raw Story sets its article in a "widget".)
    let page_titles: Vec<Vec<String>> = [c.title.clone(), meta(&["og:title"])]
        .into_iter()
        .flatten()
        .map(|t| lower_words(&t))
        .collect();
    // (The h1 longer than what the title says after it: a site's name
    // after the headline, not a logo's h1 before it, "The Daily Herald
    // Tribune - Storm hits the coast".)
    let names_the_page = |h: NodeId| {
        let words = lower_words(&visible(dom, h));
        words.len() >= 4
            && page_titles
                .iter()
                .any(|t| t.starts_with(&words) && words.len() * 2 > t.len())
    };
    let headings: Vec<NodeId> =
        c.h1.iter()
            .copied()
            .filter(|&h| {
                (!headline_in_foreign_box(dom, h, container) || names_the_page(h))
                    // (Schema.org's second title, over the headline.)
                    && !dom
                        .attr(h, "itemprop")
                        .is_some_and(|v| v.eq_ignore_ascii_case("alternativeHeadline"))
                    && !visible(dom, h).is_empty()
            })
            .collect();
    // (Of those, the one that says what the JSON-LD headline says, where
    // teasers' h1s follow it in the text's box: Kleine Zeitung.)
    let ld_words = ld
        .iter()
        .filter(|o| o.rank == best_rank && best_rank > 0)
        .find_map(|o| o.headline.as_deref())
        .map(lower_words)
        .filter(|w| w.len() >= 3);
    let h1 = match c.container_at {
        Some(at) => {
            let eligible =
                |h: NodeId| c.position(h).is_some_and(|p| p < at) || is_under(dom, h, container);
            ld_words
                .as_ref()
                .and_then(|w| {
                    headings
                        .iter()
                        .find(|&&h| eligible(h) && lower_words(&visible(dom, h)) == *w)
                })
                // (Else the one that says what <title> says, where the
                // text's sections have h1s too: Medium, a Markdown blog.)
                .or_else(|| headings.iter().find(|&&h| eligible(h) && names_the_page(h)))
                .or_else(|| headings.iter().rev().find(|&&h| eligible(h)))
                .copied()
        }
        None => headings.first().copied(),
    };
    // Where the article's header starts, for its date: the h1, else the
    // first h2 or h3 of the `<article>` that holds the text (a German
    // public broadcaster's article opens with an h3). Not a title: a page
    // of sections headed by h2s has no headline.
    let header_start = h1
        .or_else(|| {
            let mut at = container;
            while at != NONE && dom.name(at) != Some("article") {
                at = dom.node(at).parent;
            }
            (at != NONE).then_some(())?;
            dom.descendants(at).find(|&id| {
                matches!(dom.name(id), Some("h2" | "h3")) && !visible(dom, id).is_empty()
            })
        })
        .or_else(|| heading_before(dom, container));
    let h1_text = h1.map(|h| visible(dom, h));
    // The headline the page marks as such in its body: schema.org's
    // microdata (`itemprop="headline"`, a news system's h3) or hAtom's
    // `entry-title` (a blog post's h2 or h3): the same declaration as
    // JSON-LD's. (Not the h1 itself, which would then agree with itself.)
    let marked_headline = || {
        c.headlines
            .iter()
            .filter(|&&h| {
                Some(h) != h1
                    && (!in_foreign_box(dom, h, 0)
                        // (The page's only hAtom entry is the post, though
                        // Blogger puts it in a box named `widget Blog`.)
                        || matches!(c.entries.as_slice(), [e] if is_under(dom, h, *e)))
            })
            .map(|&h| visible(dom, h))
            .find(|t| !t.is_empty() && t.chars().count() <= 300)
    };
    let ld_headline = ld
        .iter()
        .filter(|o| o.rank == best_rank && best_rank > 0)
        .find_map(|o| o.headline.clone())
        .or_else(marked_headline);
    // A title that is the JSON-LD headline or the h1 (two words or more),
    // then a separator and more (a section, the site, a byline: "… schools
    // - National | Globalnews.ca", "… Syrsky * The Gateway Pundit * by Paul
    // Serran"), or the same after a kicker: the headline.
    let headed = |t: String| -> String {
        let heads = [ld_headline.as_deref(), h1_text.as_deref()];
        heads
            .into_iter()
            .flatten()
            .map(clean)
            .filter(|h| h.split_whitespace().count() >= 2)
            .find(|h| {
                let t = clean(&t);
                let seps = ['-', '–', '—', '|', '*', '·', '»', '«', '/', 'ㅣ', '｜'];
                // (Or a kicker, then a separator, then the headline:
                // "Vierschanzentournee | Beleidigen und beschuldigen …".)
                let before = t.len().saturating_sub(h.len());
                (t.get(..h.len()).is_some_and(|p| p.eq_ignore_ascii_case(h))
                    && t[h.len()..].trim_start().starts_with(seps))
                    || (before > 0
                        && t.get(before..).is_some_and(|p| p.eq_ignore_ascii_case(h))
                        && t[..before].trim_end().ends_with(seps))
            })
            .unwrap_or(t)
    };
    let og = meta(&["og:title", "twitter:title"]).map(headed);
    let mut sites: Vec<String> = [
        "og:site_name",
        "application-name",
        "twitter:site",
        "al:android:app_name",
    ]
    .iter()
    .filter_map(|n| meta(&[n]))
    .map(|s| s.trim_start_matches('@').to_string())
    .collect();
    // The part of <title> that is not the page's declared headline names
    // the site (an h1 is not trusted for this: it may be the logo).
    if let (Some(t), Some(head)) = (&c.title, og.as_ref().or(ld_headline.as_ref())) {
        for sep in SITE_SEPARATORS {
            if let Some((a, b)) = t.rsplit_once(sep) {
                if overlap(a, head) > 0.8 && overlap(b, head) < 0.5 {
                    sites.push(b.trim().to_string());
                } else if let Some((a, b)) = t.split_once(sep)
                    && overlap(b, head) > 0.8
                    && overlap(a, head) < 0.5
                {
                    sites.push(a.trim().to_string());
                }
            }
        }
    }
    // A title that is the JSON-LD headline or a long h1 and more after a
    // separator ("… ukázala data - Seznam Zprávy" over an h1 "… ukázala
    // data"): that more names the site (a short h1 may be the logo, and
    // is not read for this).
    let long_h1 = h1_text
        .as_deref()
        .filter(|h| h.split_whitespace().count() >= 3);
    for head in [ld_headline.as_deref(), long_h1].into_iter().flatten() {
        for t in [og.as_deref(), c.title.as_deref()].into_iter().flatten() {
            for sep in SITE_SEPARATORS {
                if let Some((a, b)) = t.rsplit_once(sep)
                    && overlap(a, head) > 0.8
                    && overlap(b, head) < 0.5
                    && !sites.iter().any(|s| s == b.trim())
                {
                    sites.push(b.trim().to_string());
                }
            }
        }
    }
    // An h1 that is what follows <title>'s last separator, after a longer
    // headline, is the site's name (a forum's h1: "Cloudy water three days
    // after new substrate - Reef & Planted Tank Forum" over an h1 "Reef &
    // Planted Tank Forum"; not "Mozilla - Wikipedia" over "Mozilla"), as
    // is one that is `og:site_name`: no headline.
    if let (Some(h), Some(t)) = (h1_text.as_deref(), c.title.as_deref()) {
        for sep in SITE_SEPARATORS {
            if let Some((rest, site)) = t.rsplit_once(sep)
                && site.trim().eq_ignore_ascii_case(h)
                && rest.trim().len() > site.trim().len()
                && !sites.iter().any(|s| s.eq_ignore_ascii_case(h))
            {
                sites.push(h.to_string());
            }
        }
    }
    let h1_is_site = h1_text
        .as_deref()
        .is_some_and(|h| sites.iter().any(|s| s.trim().eq_ignore_ascii_case(h)));
    let h1_text = if h1_is_site { None } else { h1_text };
    // A forum's h1 says what the page is before the headline ("Thread:
    // Rear main seal replacement …", "Thema: …") where <title> has the
    // headline alone: the headline is what follows the label.
    let h1_text = h1_text.map(|h| match h.split_once(':') {
        Some((label, rest))
            if label.split_whitespace().count() == 1
                && label.chars().count() <= 12
                && rest.split_whitespace().count() >= 2
                && c.title.as_deref().is_some_and(|t| {
                    let t = strip_site(t, &sites);
                    !t.trim_start()
                        .to_lowercase()
                        .starts_with(&label.trim().to_lowercase())
                        && agree(&t, rest.trim())
                }) =>
        {
            rest.trim().to_string()
        }
        _ => h,
    });
    // The first of og:title, the JSON-LD headline, the h1 and <title> that
    // another of them agrees with: a JSON-LD "headline" that is a
    // description, or an h1 that is the site's logo ("V8"), stands alone.
    let candidates: Vec<String> = [
        og.as_deref(),
        ld_headline.as_deref(),
        h1_text.as_deref(),
        c.title.as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(|t| strip_site(t, &sites))
    .filter(|t| !t.is_empty())
    .collect();
    // The headline the page prints (its h1), where the JSON-LD headline
    // is the same words and og:title other ones: an editor's title for
    // sharing (Corriere's "Giorgia Meloni vola da Donald Trump a Mar-a-Lago.
    // Il Nyt: …" over the printed "Giorgia Meloni da Donald Trump a
    // Mar-a-Lago: «Bella serata, pronti a lavorare insieme». Il Nyt: …").
    let printed = match (ld_headline.as_deref(), h1_text.as_deref(), og.as_deref()) {
        (Some(ld), Some(h), Some(o))
            if lower_words(h).len() >= 3
                && lower_words(ld) == lower_words(h)
                && lower_words(&strip_site(o, &sites)) != lower_words(h) =>
        {
            Some(strip_site(h, &sites)).filter(|t| !t.is_empty())
        }
        _ => None,
    };
    let title = printed.or_else(|| {
        candidates
            .iter()
            .enumerate()
            .find(|(i, t)| {
                candidates
                    .iter()
                    .enumerate()
                    .any(|(j, u)| j != *i && agree(t, u))
            })
            .map(|(_, t)| t.clone())
            .or_else(|| {
                // None agree: the page's own declarations, then a <title> of
                // four words or more with no separator (a headline with no
                // site's name: an h1 that differs from it names a section,
                // "Allergies Health Center"), then the h1 unless it is a word
                // or two (a logo: "V8"), then <title>.
                let h1_long = h1_text
                    .as_deref()
                    .filter(|h| h.split_whitespace().count() >= 3 || h.chars().count() >= 12);
                let title_plain = c.title.as_deref().filter(|t| {
                    t.split_whitespace().count() >= 4
                        && ![
                            " | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " / ", "｜",
                            " _",
                        ]
                        .iter()
                        .any(|sep| t.contains(sep))
                });
                [
                    og.as_deref(),
                    ld_headline.as_deref(),
                    title_plain,
                    h1_long,
                    c.title.as_deref(),
                    h1_text.as_deref(),
                ]
                .into_iter()
                .flatten()
                .map(|t| strip_site(t, &sites))
                .find(|t| !t.is_empty())
            })
    });

    // Byline.
    let byline = meta(&[
        "author",
        "article:author",
        "dc.creator",
        "parsely-author",
        "sailthru.author",
    ])
    .filter(|a| !a.starts_with("http"))
    .and_then(|a| clean_byline(&a))
    .or_else(|| {
        ld.iter()
            .filter(|o| o.rank == best_rank && best_rank > 0)
            .find_map(|o| o.author.clone())
    })
    .or_else(|| {
        c.bylines
            .iter()
            .filter(|&&b| !in_foreign_box(dom, b, 0))
            .find_map(|&b| clean_byline(&visible(dom, b)))
    });

    // Language: the first of these that is a language tag (People's Daily
    // declares `content-language` "utf-8").
    let language = c
        .html_lang
        .clone()
        .into_iter()
        .chain(
            ["content-language", "og:locale", "language", "dc.language"]
                .iter()
                .filter_map(|n| meta(&[n])),
        )
        .chain(ld.iter().filter_map(|o| o.language.clone()))
        .map(|l| {
            l.split(',')
                .next()
                .unwrap_or_default()
                .trim()
                .replace('_', "-")
        })
        .find(|l| is_language_tag(l));
    // How the page's language orders a numeric date a <time> prints.
    let order = language::date_order(language.as_deref(), (0, 0));

    // Publication day.
    let mut found: Vec<Found> = Vec::new();
    let ld_days: Vec<(&LdObject, Day)> = ld
        .iter()
        .filter(|o| o.rank == best_rank)
        .filter_map(|o| Some((o, machine_day(o.published.as_deref()?)?)))
        .collect();
    let ld_pick = match ld_days.as_slice() {
        [] => None,
        [one] => Some(one),
        many => {
            // Several articles described: the one whose headline is the
            // title, else the first when they agree.
            let by_title = title.as_ref().and_then(|t| {
                many.iter()
                    .find(|(o, _)| o.headline.as_ref().is_some_and(|h| overlap(h, t) > 0.8))
            });
            by_title.or_else(|| many.iter().all(|(_, d)| *d == many[0].1).then(|| &many[0]))
        }
    };
    if let Some((o, d)) = ld_pick {
        found.push(Found {
            day: *d,
            source: DateSource::JsonLd,
            evidence: format!("datePublished {}", o.published.as_deref().unwrap_or("")),
        });
    }
    for name in PUBLISHED_NAMES {
        if let Some((k, v)) = c.metas.iter().find(|(k, _)| k == name)
            && let Some(d) = machine_day(v)
        {
            found.push(Found {
                day: d,
                source: DateSource::Meta,
                evidence: format!("{k} {}", clean(v)),
            });
            break;
        }
    }
    // Parse.ly's older tag holds JSON: `<meta name="parsely-page"
    // content='{"title": …, "pub_date": "2014-12-16T14:30:00Z", …}'>`.
    let fallback = c
        .metas
        .iter()
        .find(|(k, _)| k == "parsely-page")
        .and_then(|(_, v)| json_string_field(v, "pub_date"))
        .and_then(|value| {
            Some(Published::Day {
                day: machine_day(&value)?,
                source: DateSource::Meta,
                evidence: format!("parsely-page pub_date {value}"),
            })
        });
    let area = article_area(dom, container, h1);
    // The page's only hAtom entry is its post, wherever its theme puts it
    // (Blogger's post sits in a box named `widget Blog`): a time inside
    // it is read against it.
    let entry = match c.entries.as_slice() {
        [one] => Some(*one),
        _ => None,
    };
    let head = head_block(dom, h1, container);
    let nav_words: Vec<String> = ["nav", "navigation", "breadcrumb", "breadcrumbs", "masthead"]
        .map(String::from)
        .to_vec();
    if let Some((id, d, shown)) = c.times.iter().find_map(|&t| {
        // The `datePublished` of the article's own item is its
        // declaration, wherever it stands (see `in_own_item`).
        let declared = dom
            .attr(t, "itemprop")
            .is_some_and(|p| p.split_ascii_whitespace().any(|p| p == "datePublished"))
            && in_own_item(dom, t, &c.items);
        let top = entry.filter(|&e| is_under(dom, t, e)).unwrap_or(area);
        // In the headline's own block, a box named as navigation or a
        // masthead is the site's way of laying out its header (New York's
        // `rubric-nav` holds the section's link and the day, the New
        // Yorker's `masthead` the issue's); other boxes there (a "latest"
        // strip) still count, and so do those around it.
        let foreign = match head.filter(|&b| is_under(dom, t, b)) {
            Some(b) => in_foreign_box_but(dom, t, b, &nav_words) || in_foreign_box(dom, b, top),
            None => in_foreign_box(dom, t, top),
        };
        if !declared && (!is_under(dom, t, top) && t != top || foreign) {
            return None;
        }
        if dom
            .attr(t, "itemprop")
            .is_some_and(|p| p.contains("dateModified"))
            || names_update_only(&words_of(dom, t))
            // ("Uppdaterad 2023-03-09 09.10", "Mis à jour le …": the
            // time says it is an update.)
            || dates::starts_with_update_word(&visible(dom, t))
        {
            return None;
        }
        time_day(dom, t, order).map(|(d, shown)| (t, d, shown))
    }) {
        found.push(Found {
            day: d,
            source: DateSource::Time,
            evidence: format!("<{}> {shown}", dom.name(id).unwrap_or("time")),
        });
    }
    let url = c
        .canonical
        .clone()
        .or_else(|| meta(&["og:url", "twitter:url", "parsely-link"]));
    if let Some((d, part)) = url.as_deref().and_then(url_day) {
        found.push(Found {
            day: d,
            source: DateSource::Url,
            evidence: part,
        });
    }
    // A month in the address (`/2014/05/`) rules out a markup day months
    // before it: a template's or the blog's own founding day
    // (`article:published_time` 2009-09-02 on a post of May 2014). A
    // magazine's address may name its issue's month, a month or two after
    // the day it went online; a story republished later keeps its
    // address's month.
    let month = url.as_deref().and_then(url_month);
    let too_early = |d: Day| month.is_some_and(|m| d.to_days() < m.to_days() - 92);
    found.retain(|f| !too_early(f.day));
    let fallback = fallback.filter(|p| !matches!(p, Published::Day { day, .. } if too_early(*day)));
    let (mut published, disputed) = decide(&found);
    // A moment the markup states in UTC is dated by the clock of the
    // place the page's language tag names (see `zone`): Brazil's
    // "2022-05-04T00:44:52Z" is the evening of May 3 there.
    if let Published::Day {
        day,
        source: DateSource::JsonLd | DateSource::Meta,
        evidence,
    } = &mut published
        && let Some(tag) = language.as_deref()
        && let Some((h, m)) = evidence
            .split_once(' ')
            .and_then(|(_, v)| zone::utc_time(v))
        && let Some(local) = zone::local_day(tag, *day, h, m)
        && local != *day
        // (Not when the address or a `<time>` printed in words gives the
        // day as written: the publisher's own. A `<time>`'s machine value
        // is the same UTC moment again.)
        && !found.iter().any(|f| {
            f.day == *day
                && match f.source {
                    DateSource::Url => true,
                    DateSource::Time => f.evidence.split_once("> ").is_some_and(|(_, shown)| {
                        !shown.as_bytes().get(..5).is_some_and(|b| {
                            b[..4].iter().all(u8::is_ascii_digit) && matches!(b[4], b'-' | b'/')
                        })
                    }),
                    _ => false,
                }
        })
    {
        *day = local;
        evidence.push_str(&format!(" ({local} where the page was published)"));
    }
    Meta {
        title,
        byline,
        language,
        published,
        heading: h1,
        header_start,
        title_tag: c.title.clone(),
        fallback,
        disputed,
        body: ld
            .iter()
            .filter(|o| o.rank == 2)
            .filter_map(|o| o.body.clone())
            .max_by_key(String::len),
        description: meta(&["og:description", "twitter:description"]).or_else(|| {
            ld.iter()
                .filter(|o| o.rank == 2)
                .find_map(|o| o.description.clone())
        }),
    }
}

/// The day a `<time>` (or an element with `itemprop="datePublished"`)
/// gives, with what it was read from: its `datetime` (or `content`, or an
/// `<abbr>`'s `title`), unless
/// that does not parse (`2014-00-29T11:12:28Z`) or is a time in UTC or of
/// no zone a day from the date it prints (`2014-12-18T01:01:00Z` shown as
/// "December 17, 2014 at 08:01PM EST": the place's own day); then what it
/// prints, read as a date line ("Publisert: 05.08.24 kl. 14:47", "12.16.14
/// 9:30AM") with numbers in the order of the page's language.
fn time_day(dom: &Dom, t: NodeId, order: DateOrder) -> Option<(Day, String)> {
    let shown = visible_parts(dom, t);
    // What it prints, in a machine's form or a reader's ("Sept. 2, 2016",
    // "2. September 2016"): a time without its attribute, or one that
    // scripts never filled in.
    let printed = || {
        machine_day(&shown).or_else(|| match dates::date_line_ordered(&shown, order)?.value {
            DateValue::Day(d) => Some(d),
            _ => None,
        })
    };
    let Some(attr) = dom
        .attr(t, "datetime")
        .or_else(|| dom.attr(t, "content"))
        .or_else(|| {
            (dom.name(t) == Some("abbr"))
                .then(|| dom.attr(t, "title"))
                .flatten()
        })
    else {
        return printed().map(|d| (d, shown.clone()));
    };
    let attr = clean(attr);
    match (machine_day(&attr), printed()) {
        (Some(a), Some(p))
            if a != p && (a.to_days() - p.to_days()).abs() <= 1 && !local_offset(&attr) =>
        {
            Some((p, shown))
        }
        (Some(a), _) => Some((a, attr)),
        (None, p) => p.map(|d| (d, shown)),
    }
}

/// Whether a machine-readable date states its own offset from UTC, other
/// than UTC itself (`2020-07-09T18:40-04:00`): the day as the place that
/// published it saw it.
fn local_offset(evidence: &str) -> bool {
    let Some(t) = evidence.rfind('T').filter(|&t| t >= 10) else {
        return false;
    };
    let zone = &evidence[t..];
    zone.rfind(['+', '-']).is_some_and(|i| {
        let off = zone[i + 1..].trim();
        off.len() >= 2
            && off.bytes().take(2).all(|b| b.is_ascii_digit())
            && !off.starts_with("00:00")
            && off != "0000"
            && off != "00"
    })
}

/// The day the strongest source gives, unless JSON-LD and the page's
/// meta tags, the two declarations a page makes about itself, give days
/// more than one day apart (a day either side is a time zone: `23:30Z` is
/// the next day in Asia). Of sources a day apart, one that states its own
/// offset gives the day (it is the place's own). A full date in the
/// page's address comes first (see below).
fn decide(found: &[Found]) -> (Published, Option<[Published; 2]>) {
    let Some(mut first) = found.first() else {
        return (Published::None, None);
    };
    let declared = |f: &&Found| matches!(f.source, DateSource::JsonLd | DateSource::Meta);
    if let Some(local) = found
        .iter()
        .filter(declared)
        .find(|f| (f.day.to_days() - first.day.to_days()).abs() <= 1 && local_offset(&f.evidence))
        && !local_offset(&first.evidence)
    {
        first = local;
    }
    // A declared moment in UTC (or with no offset), a day from the day the
    // page prints as words in its header's `<time>` (La Nación's JSON-LD
    // "Wed, 04 May 2022 00:25:56 GMT" over "3 de mayo de 2022 21:25"): the
    // printed day is the place's own. (A declared day without a time of
    // day is no time zone's doing.)
    // (The hour must allow it: a place up to 12 hours behind UTC is a
    // day behind only before noon UTC, one up to 14 hours ahead a day
    // ahead only from 10:00 UTC.)
    let hour = |evidence: &str| {
        let value = evidence.split_once(' ').map_or("", |(_, v)| v);
        let colon = value.find(':')?;
        value.get(colon.checked_sub(2)?..colon)?.parse::<u8>().ok()
    };
    if declared(&first)
        && !local_offset(&first.evidence)
        && let Some(h) = hour(&first.evidence)
        && let Some(shown) = found.iter().find(|f| {
            let apart = f.day.to_days() - first.day.to_days();
            f.source == DateSource::Time
                && ((apart == -1 && h < 12) || (apart == 1 && h >= 10))
                && f.evidence.split_once("> ").is_some_and(|(_, shown)| {
                    // (Not a machine's `2022-05-03T…`: the page's words.)
                    !shown.as_bytes().get(..5).is_some_and(|b| {
                        b[..4].iter().all(u8::is_ascii_digit) && matches!(b[4], b'-' | b'/')
                    })
                })
        })
    {
        first = shown;
    }
    // A full date in the article's own address is the day its publisher
    // filed it, in the publisher's own time: it beats a date of the
    // markup that states no offset of its own or UTC's (`…T04:38:49+00:00`
    // is the evening before in New York) and a markup date that is a
    // template's (the same `datepublished` on every page of a site). Only
    // a markup date a day from it that states its place's own offset is
    // taken instead.
    if let Some(url) = found.iter().find(|f| f.source == DateSource::Url)
        && url.day != first.day
        && !((url.day.to_days() - first.day.to_days()).abs() <= 1 && local_offset(&first.evidence))
    {
        first = url;
    }
    if declared(&first)
        && let Some(other) = found
            .iter()
            .filter(declared)
            .find(|f| (f.day.to_days() - first.day.to_days()).abs() > 1)
    {
        let day = |f: &Found| Published::Day {
            day: f.day,
            source: f.source,
            evidence: f.evidence.clone(),
        };
        return (
            Published::Unsure(format!(
                "the page gives two publication days: {} ({}: {}) and {} ({}: {}); not used",
                first.day,
                first.source.name(),
                first.evidence,
                other.day,
                other.source.name(),
                other.evidence
            )),
            Some([day(first), day(other)]),
        );
    }
    (
        Published::Day {
            day: first.day,
            source: first.source,
            evidence: first.evidence.clone(),
        },
        None,
    )
}

/// Whether `tag` has the shape of a language tag (BCP 47): a language of
/// two or three letters, then scripts (four letters), regions (two
/// letters or three digits) and variants (five to eight letters or
/// digits, or four beginning with a digit). Not a character set
/// (`utf-8`, `iso-8859-1`, `windows-1252`) or a word (`english`).
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let lang = parts.next().unwrap_or_default();
    (2..=3).contains(&lang.len())
        && lang.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| {
            let alpha = p.bytes().all(|b| b.is_ascii_alphabetic());
            let alnum = p.bytes().all(|b| b.is_ascii_alphanumeric());
            ((p.len() == 2 || p.len() == 4) && alpha)
                || (p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit()))
                || ((5..=8).contains(&p.len()) && alnum)
                || (p.len() == 4 && alnum && p.as_bytes()[0].is_ascii_digit())
        })
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::extract;

    fn day(s: &str) -> Day {
        Day::parse_iso(s).expect("a test day")
    }

    const BODY: &str = "<p>The council voted on Tuesday to rebuild the old bridge over the river, \
                        after two years of debate, three reports and a petition signed by residents.</p>\
                        <p>Work will start in the spring, the mayor said, and the crossing will close \
                        for eight months while crews replace the deck, the railings and the lights.</p>";

    fn meta_of(html: &str) -> Meta {
        let dom = Dom::parse(html);
        let main = extract::main_text(&dom);
        read(&dom, main.container)
    }

    fn published(html: &str) -> Option<(Day, DateSource, String)> {
        match meta_of(html).published {
            Published::Day {
                day,
                source,
                evidence,
            } => Some((day, source, evidence)),
            _ => None,
        }
    }

    #[test]
    fn machine_dates_keep_the_day_as_written() {
        for (v, want) in [
            ("2020-07-09T18:40:00-04:00", "2020-07-09"),
            ("2020-07-09T23:30:00Z", "2020-07-09"),
            ("2020-07-09", "2020-07-09"),
            ("2020/07/09 18:40", "2020-07-09"),
            ("20200709", "2020-07-09"),
            ("Thu, 09 Jul 2020 22:40:00 GMT", "2020-07-09"),
            ("July 9, 2020", "2020-07-09"),
            ("Mon Aug 03 12:45:00 EDT 2015", "2015-08-03"),
            ("2014-9-5T12:00Z", "2014-09-05"),
            ("2014/12/5", "2014-12-05"),
            ("2020-07-9T18:40", "2020-07-09"),
            ("Thu Jul 9 22:40:00 2020", "2020-07-09"),
        ] {
            assert_eq!(machine_day(v), Some(day(want)), "{v}");
        }
        for v in [
            "",
            "yesterday",
            "2020-13-40",
            "1594334400",
            "2014-9-123",
            "2014-123-5",
        ] {
            assert_eq!(machine_day(v), None, "{v}");
        }
    }

    #[test]
    fn dates_in_urls_are_read_from_the_path_and_an_ids_query() {
        assert_eq!(
            url_day("https://www.example.com/news/2020/04/28/bridge-vote.html"),
            Some((day("2020-04-28"), "2020/04/28".into()))
        );
        assert_eq!(
            url_day("https://example.org/2019-12-31-year-end").map(|d| d.0),
            Some(day("2019-12-31"))
        );
        assert_eq!(
            url_day("https://example.org/story/20180612/x").map(|d| d.0),
            Some(day("2018-06-12"))
        );
        assert_eq!(
            url_day("https://example.org/2020/04/bridge"),
            None,
            "a month is no day"
        );
        assert_eq!(
            url_day("https://example.org/p/12020-04-28"),
            None,
            "digits glued before"
        );
        assert_eq!(
            url_day("https://2020-04-28.example.org/x"),
            None,
            "not in the host"
        );
        assert_eq!(url_day("https://example.org/2020/13/45/x"), None);
        // A section between the year and the month; one-digit parts.
        assert_eq!(
            url_day("http://www.cnn.com/2010/POLITICS/08/13/democrats.social.security/index.html"),
            Some((day("2010-08-13"), "2010/POLITICS/08/13".into()))
        );
        assert_eq!(
            url_day("http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html")
                .map(|d| d.0),
            Some(day("2013-08-03"))
        );
        assert_eq!(
            url_day("https://blog.example.net/2013/8/3/summer-fair").map(|d| d.0),
            Some(day("2013-08-03"))
        );
        assert_eq!(
            url_day("https://example.org/archive/2013/8/3"),
            None,
            "no slug"
        );
        assert_eq!(
            url_day("https://example.org/2013/page/2/3/x"),
            None,
            "a pager"
        );
        assert_eq!(url_day("https://example.org/2013/news/x/3/y"), None);
        // An article's id in the query that starts with its day; not a
        // bare date there (a day's list), not a date inside a value.
        assert_eq!(
            url_day("http://headlines.yahoo.co.jp/hl?a=20170309-35097838-cnetj-sci"),
            Some((day("2017-03-09"), "20170309".into()))
        );
        assert_eq!(url_day("https://example.org/news?date=20170309"), None);
        assert_eq!(url_day("https://example.org/news?id=x20170309-1"), None);
        assert_eq!(url_day("https://example.org/news?id=20171309-1"), None);
    }

    /// og:title is the headline and more after a separator — a section,
    /// the site, a byline — when the JSON-LD headline or the h1 is what
    /// comes before it.
    #[test]
    fn a_title_that_is_the_headline_and_more_is_the_headline() {
        let page = |head: &str, body: &str| {
            format!("<html><head>{head}</head><body>{body}{BODY}</body></html>")
        };
        for (og, ld, h1) in [
            (
                "Council backs bridge over the river - Local | Townpaper.example",
                "Council backs bridge over the river",
                "",
            ),
            (
                "Council backs bridge over the river * The Town Paper * by Ana Ruiz",
                "",
                "Council backs bridge over the river",
            ),
            (
                "„Brücke bleibt“ - Die Neue Stadtzeitung",
                "",
                "„Brücke bleibt“",
            ),
            // A kicker before the headline.
            (
                "Brückenstreit | Stadtrat beschließt den Neubau der Brücke",
                "Stadtrat beschließt den Neubau der Brücke",
                "",
            ),
        ] {
            let ld = if ld.is_empty() {
                String::new()
            } else {
                format!(
                    "<script type='application/ld+json'>{{\"@type\":\"NewsArticle\",\"headline\":\"{ld}\"}}</script>"
                )
            };
            let m = meta_of(&page(
                &format!("<title>{og}</title><meta property='og:title' content='{og}'>{ld}"),
                &format!("<h1>{}</h1>", if h1.is_empty() { "Local news" } else { h1 }),
            ));
            let cut = [" - ", " * "]
                .iter()
                .find_map(|s| og.split_once(s))
                .map(|(a, _)| a)
                .or_else(|| og.split_once(" | ").map(|(_, b)| b));
            assert_eq!(m.title.as_deref(), cut, "{og}");
        }
    }

    #[test]
    fn the_title_is_the_headline_without_the_site_name() {
        let page = |head: &str, body: &str| {
            format!("<html><head>{head}</head><body>{body}{BODY}</body></html>")
        };
        // og:title, site name from og:site_name.
        let m = meta_of(&page(
            "<title>Council backs bridge | The Town Paper</title>\
             <meta property='og:title' content='Council backs bridge | The Town Paper'>\
             <meta property='og:site_name' content='The Town Paper'>",
            "<h1>Council backs bridge</h1>",
        ));
        assert_eq!(m.title.as_deref(), Some("Council backs bridge"));
        // og:title and <title> an editor's title for sharing, the JSON-LD
        // headline the printed h1: the h1. (When og:title is the h1's
        // words, og:title as it is written.)
        for (og, want) in [
            (
                "Council votes: bridge to be rebuilt, says mayor",
                "Council backs the bridge plan after a long night",
            ),
            (
                "Council backs the bridge plan after a long night!",
                "Council backs the bridge plan after a long night!",
            ),
        ] {
            let m = meta_of(&page(
                &format!(
                    "<title>{og}</title><meta property='og:title' content='{og}'>\
                     <script type='application/ld+json'>{{\"@type\":\"NewsArticle\",\
                     \"headline\":\"Council backs the bridge plan after a long night\"}}</script>"
                ),
                "<h1>Council backs the bridge plan after a long night</h1>",
            ));
            assert_eq!(m.title.as_deref(), Some(want), "{og}");
        }
        // No metadata: the h1 when <title> echoes it, the site cut from <title>.
        let m = meta_of(&page(
            "<title>Council backs bridge - Town Paper</title>",
            "<div class='logo'><h1>Town Paper</h1></div><h1>Council backs bridge</h1>",
        ));
        assert_eq!(m.title.as_deref(), Some("Council backs bridge"));
        // og:title and <title> both with the site's name, which the page
        // declares nowhere (Seznam Zprávy, Habertürk): the h1 without it.
        let m = meta_of(&page(
            "<title>Roky v důchodu tráví Češi po doktorech - Seznam Zprávy</title>\
             <meta property='og:title' content='Roky v důchodu tráví Češi po doktorech - Seznam Zprávy'>",
            "<h1>Roky v důchodu tráví Češi po doktorech</h1>",
        ));
        assert_eq!(
            m.title.as_deref(),
            Some("Roky v důchodu tráví Češi po doktorech")
        );
        // No og:title nor JSON-LD: a <title> of a few words with no
        // separator is the headline, and an h1 that differs from it names a
        // section (WebMD's "Allergies Health Center"); a <title> with the
        // site's name after a separator gives way to the h1.
        for (title, h1) in [
            (
                "Council votes to rebuild the old bridge",
                "Town Hall News Center",
            ),
            (
                "Town Paper | Front page of the day",
                "Council votes to rebuild the old bridge",
            ),
        ] {
            let m = meta_of(&page(
                &format!("<title>{title}</title>"),
                &format!("<h1>{h1}</h1>"),
            ));
            assert_eq!(
                m.title.as_deref(),
                Some("Council votes to rebuild the old bridge"),
                "{title}"
            );
        }
        // An h1 that is the site's logo, echoed by <title> after its last
        // separator: the site's name, cut from <title>.
        let m = meta_of(&page(
            "<title>Standalone binaries with Emscripten · V8</title>",
            "<h1>V8</h1>",
        ));
        assert_eq!(
            m.title.as_deref(),
            Some("Standalone binaries with Emscripten")
        );
        // A JSON-LD headline that is a description stands alone.
        let m = meta_of(&page(
            "<title>New Zealand - Wikipedia</title><script type='application/ld+json'>\
             {\"@type\":\"Article\",\"name\":\"New Zealand\",\"headline\":\"island country in Oceania\"}</script>",
            "<h1>New Zealand</h1>",
        ));
        assert_eq!(m.title.as_deref(), Some("New Zealand"));
        assert_eq!(
            strip_site("El Diario: Rally in Bogotá", &["El Diario".into()]),
            "El Diario: Rally in Bogotá",
            "a colon splits a headline, not a site name"
        );
        // A headline with a colon, the site after a double dash: the part
        // after the colon holds the site's name but says much more.
        assert_eq!(
            strip_site(
                "'The harbour files': New papers show the port authority spied on its pilots -- Kite.org",
                &["Kite.org".into()]
            ),
            "'The harbour files': New papers show the port authority spied on its pilots"
        );
        // A forum's h1 with a label before the headline (vBulletin's
        // "Thread: …"); not a headline whose <title> has the same label.
        let m = meta_of(&page(
            "<title>Rear main seal replacement on a 97 - XJ Club Forums</title>",
            "<h1>Thread: <span>Rear main seal replacement on a 97</span></h1>",
        ));
        assert_eq!(
            m.title.as_deref(),
            Some("Rear main seal replacement on a 97")
        );
        let m = meta_of(&page(
            "<title>Brexit: what the vote changed - The Town Paper</title>",
            "<h1>Brexit: what the vote changed</h1>",
        ));
        assert_eq!(m.title.as_deref(), Some("Brexit: what the vote changed"));
        // The page's only hAtom entry, in a box Blogger names `widget Blog`,
        // has the headline; the h1 is the blog's name, which <title> puts
        // before it.
        let m = meta_of(&page(
            "<title>Quilts by the Lake: Log cabin blocks from the scrap basket</title>",
            "<h1 class='title'>Quilts by the Lake</h1><div class='widget Blog'>\
             <div class='post hentry'><h3 class='post-title entry-title'>Log cabin blocks from \
             the scrap basket</h3><div class='post-body entry-content'>",
        ));
        assert_eq!(
            m.title.as_deref(),
            Some("Log cabin blocks from the scrap basket")
        );
        // A date after the site's name, and a site named by its domain.
        assert_eq!(
            strip_site(
                "Wahl im Hafen: Ein neuer Rat – HB – 30.01.2024",
                &["hb.com".into()]
            ),
            "Wahl im Hafen: Ein neuer Rat"
        );
        // Full-width separators of Japanese and Chinese titles.
        assert_eq!(
            strip_site("港に新しい橋 ｜ 湾岸ニュース", &["湾岸ニュース".into()]),
            "港に新しい橋"
        );
        assert_eq!(
            strip_site("港に新しい橋：湾岸ニュース", &["湾岸ニュース".into()]),
            "港に新しい橋"
        );
    }

    #[test]
    fn an_h1_that_says_the_page_s_title_heads_it_in_any_box() {
        // The whole article in a box named "widget", the h1 a link to
        // itself, the day printed after the author.
        let page = |title: &str| {
            format!(
                "<html lang='en'><head><title>{title}</title></head><body>\
                 <div class='page'><div class='widget post-partial'><div class='widget__body'>\
                 <h1 class='widget__headline'><a href='/2016/12/six-singers/'>Six singers turn down the \
                 inauguration</a></h1><div class='social-author'><a href='/u/tg'>Tana Green</a></div>\
                 <div class='social-date'><span>December 22, 2016</span></div></div></div>\
                 <div class='post-body'>{BODY}</div></div></body></html>"
            )
        };
        let m = meta_of(&page("Six singers turn down the inauguration - Raw Ledger"));
        assert!(m.heading.is_some());
        assert_eq!(
            m.title.as_deref(),
            Some("Six singers turn down the inauguration")
        );
        // A title that says something else leaves the box's h1 aside.
        let m = meta_of(&page("Raw Ledger: news and opinion"));
        assert!(m.heading.is_none());
    }

    #[test]
    fn of_several_h1s_in_the_text_the_one_that_says_the_title_heads_it() {
        // A blog whose sections are h1s too, all in the text's box.
        let html = format!(
            "<html lang='en'><head><title>Profiling a busy server without stopping it</title></head>\
             <body><div class='post'><h1>Profiling a busy server without stopping it</h1>\
             <div class='meta'>Vic Vale · Oct 18, 2019 · 8 min read</div>{BODY}\
             <h1>Why the processor matters</h1>{BODY}<h1>Profiling on demand</h1>{BODY}</div></body></html>"
        );
        let dom = Dom::parse(&html);
        let m = meta_of(&html);
        assert_eq!(
            m.heading.map(|h| visible(&dom, h)).as_deref(),
            Some("Profiling a busy server without stopping it")
        );
        // A logo's h1 that <title> names first, as long as the headline
        // after it, is not the page's.
        let html = format!(
            "<html lang='en'><head><title>The Daily Herald Tribune - Storm hits the coast</title></head>\
             <body><div class='top'><h1>The Daily Herald Tribune</h1></div><div class='story'>\
             <h1>Storm hits the coast</h1><p class='meta'>May 3, 2024</p>{BODY}</div></body></html>"
        );
        let dom = Dom::parse(&html);
        let m = meta_of(&html);
        assert_eq!(
            m.heading.map(|h| visible(&dom, h)).as_deref(),
            Some("Storm hits the coast")
        );
    }

    #[test]
    fn a_byline_box_gives_the_name_without_what_surrounds_it() {
        for (box_text, want) in [
            ("Print National Desk By National Desk on", "National Desk"),
            ("David Lassman | dlassman@example.com", "David Lassman"),
            ("Sharon Grigsby Follow", "Sharon Grigsby"),
            ("Von Eva Kirsch am", "Eva Kirsch"),
            (
                "By Jane Roe, The Plain Dealer",
                "Jane Roe, The Plain Dealer",
            ),
            ("Stand By Me Staff", "Stand By Me Staff"),
        ] {
            assert_eq!(clean_byline(box_text).as_deref(), Some(want), "{box_text}");
        }
        // The words a style hides are not the box's: a byline with its
        // publisher's name hidden, glued to the day it prints.
        let html = format!(
            "<html lang='en'><body><article><h1>Scholarships for young actors</h1>\
             <span class='article-meta'><a rel='author' href='/a/desk'>by <span>Jo Park</span></a> \
             <span style='display: none'><a href='/'>StageNews.com</a></span><span>Oct. 13, 2016</span></span>\
             {BODY}</article></body></html>"
        );
        let dom = Dom::parse(&html);
        let meta_box = dom
            .descendants(0)
            .find(|&d| dom.attr(d, "class") == Some("article-meta"))
            .expect("box");
        assert_eq!(visible(&dom, meta_box), "by Jo Park Oct. 13, 2016");
        assert_eq!(meta_of(&html).byline.as_deref(), Some("Jo Park"));
    }

    #[test]
    fn byline_and_language_come_from_markup() {
        let m = meta_of(&format!(
            "<html lang='en-GB'><head><meta name='author' content='By Ana Ruiz'></head><body><h1>T</h1>{BODY}</body></html>"
        ));
        assert_eq!(m.byline.as_deref(), Some("Ana Ruiz"));
        assert_eq!(m.language.as_deref(), Some("en-GB"));
        let m = meta_of(&format!(
            "<html><head><meta property='og:locale' content='es_CO'></head><body>\
             <div class='byline'>Por Juan Pérez - 3 de enero de 2026</div>{BODY}</body></html>"
        ));
        assert_eq!(m.byline.as_deref(), Some("Juan Pérez"));
        assert_eq!(m.language.as_deref(), Some("es-CO"));
        // A character set where the language belongs (People's Daily) is
        // passed over for the next source; a list gives its first.
        let m = meta_of(&format!(
            "<html><head><meta http-equiv='Content-Language' content='utf-8'>             <meta property='og:locale' content='zh_CN'></head><body><h1>T</h1>{BODY}</body></html>"
        ));
        assert_eq!(m.language.as_deref(), Some("zh-CN"));
        let m = meta_of(&format!(
            "<html lang='utf-8'><head><meta http-equiv='Content-Language' content='de, en'></head><body><h1>T</h1>{BODY}</body></html>"
        ));
        assert_eq!(m.language.as_deref(), Some("de"));
        for (tag, ok) in [
            ("en", true),
            ("EN-us", true),
            ("zh-Hans-CN", true),
            ("es-419", true),
            ("sl-rozaj", true),
            ("de-CH-1901", true),
            ("utf-8", false),
            ("iso-8859-1", false),
            ("windows-1252", false),
            ("english", false),
            ("x", false),
            ("", false),
        ] {
            assert_eq!(is_language_tag(tag), ok, "{tag}");
        }
    }

    #[test]
    fn json_ld_dates_are_read_also_in_a_graph_and_articles_come_before_pages() {
        let html = format!(
            "<html><head><script type='application/ld+json'>{{\"@context\":\"https://schema.org\",\"@graph\":[\
             {{\"@type\":\"WebPage\",\"datePublished\":\"2019-01-01T00:00:00+00:00\"}},\
             {{\"@type\":[\"NewsArticle\"],\"headline\":\"Council backs bridge\",\
             \"datePublished\":\"2020-07-09T18:40:00-04:00\",\"dateModified\":\"2020-07-11T09:00:00-04:00\",\
             \"author\":[{{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"}},{{\"name\":\"Li Wei\"}}]}}]}}</script>\
             </head><body><h1>Council backs bridge</h1>{BODY}</body></html>"
        );
        assert_eq!(
            published(&html),
            Some((
                day("2020-07-09"),
                DateSource::JsonLd,
                "datePublished 2020-07-09T18:40:00-04:00".into()
            ))
        );
        assert_eq!(meta_of(&html).byline.as_deref(), Some("Ana Ruiz, Li Wei"));
        // JSON-LD that JSON does not read (a trailing comma) is searched.
        let html = format!(
            "<html><head><script type='application/ld+json'>{{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-03-02\",}}</script>\
             </head><body>{BODY}</body></html>"
        );
        assert_eq!(published(&html).map(|p| p.0), Some(day("2021-03-02")));
    }

    /// JSON-LD's moment in UTC is the next day in Buenos Aires: the day
    /// the header prints in words is the page's; a printed day two days
    /// off, or a declared day without a time, does not move it.
    #[test]
    fn a_utc_moment_a_day_from_the_day_printed_in_the_header_gives_way() {
        let page = |stamp: &str, shown: &str| {
            format!(
                "<html><head><script type='application/ld+json'>{{\"@type\":\"NewsArticle\",\
                 \"datePublished\":\"{stamp}\"}}</script></head><body><article><h1>Una jugada</h1>\
                 <span class='mod-date'><time class='com-date' dateTime='{shown}'>{shown}</time>\
                 <time class='com-hour'>21:25</time></span>{BODY}</article></body></html>"
            )
        };
        let html = page("Wed, 04 May 2022 00:25:56 GMT", "3 de mayo de 2022");
        assert_eq!(
            published(&html),
            Some((
                day("2022-05-03"),
                DateSource::Time,
                "<time> 3 de mayo de 2022".into()
            ))
        );
        for (stamp, shown, want) in [
            // Its own offset: the declared day.
            (
                "2022-05-04T00:25:56-03:00",
                "3 de mayo de 2022",
                "2022-05-04",
            ),
            // No time of day.
            ("2022-05-04", "3 de mayo de 2022", "2022-05-04"),
            // Two days off: no time zone's doing.
            ("2022-05-05T00:25:56Z", "3 de mayo de 2022", "2022-05-05"),
            // In the afternoon in UTC it was that day in the Americas.
            ("2022-05-04T15:00:00Z", "3 de mayo de 2022", "2022-05-04"),
        ] {
            assert_eq!(
                published(&page(stamp, shown)).map(|p| p.0),
                Some(day(want)),
                "{stamp}"
            );
        }
    }

    #[test]
    fn a_utc_moment_is_dated_by_the_clock_of_the_place_the_language_tag_names() {
        let page = |lang: &str, stamp: &str| {
            format!(
                "<html lang='{lang}'><head><script type='application/ld+json'>{{\"@type\":\"NewsArticle\",\
                 \"datePublished\":\"{stamp}\"}}</script></head><body><article><h1>Uma jogada</h1>\
                 {BODY}</article></body></html>"
            )
        };
        // A Brazilian daily's evening story, declared in UTC.
        let (d, source, evidence) = published(&page("pt-BR", "2022-05-04T00:44:52.000Z")).unwrap();
        assert_eq!((d, source), (day("2022-05-03"), DateSource::JsonLd));
        assert_eq!(
            evidence,
            "datePublished 2022-05-04T00:44:52.000Z (2022-05-03 where the page was published)"
        );
        for (lang, stamp, want) in [
            // An Austrian paper's story just after midnight in summer time.
            ("de-AT", "2019-10-18T22:04:00Z", "2019-10-19"),
            // Portuguese of no region: Lisbon or São Paulo; as written.
            ("pt", "2022-05-04T00:44:52.000Z", "2022-05-04"),
            // Its own offset: the day as written.
            ("pt-BR", "2022-05-04T00:44:52-03:00", "2022-05-04"),
            // Midnight UTC: a day written without its time.
            ("pt-BR", "2022-05-04T00:00:00+00:00", "2022-05-04"),
        ] {
            assert_eq!(
                published(&page(lang, stamp)).map(|p| p.0),
                Some(day(want)),
                "{lang} {stamp}"
            );
        }
        // The address gives the day as written: the publisher's own.
        let html = page("pt-BR", "2022-05-04T00:44:52Z").replace(
            "<head>",
            "<head><link rel='canonical' href='https://example.com.br/2022/05/04/jogada'>",
        );
        assert_eq!(published(&html).map(|p| p.0), Some(day("2022-05-04")));
    }

    #[test]
    fn meta_names_give_the_day_and_modified_dates_never_do() {
        for (name, attr) in [
            ("article:published_time", "property"),
            ("pubdate", "name"),
            ("DC.date.issued", "name"),
            ("sailthru.date", "name"),
            ("parsely-pub-date", "name"),
            ("citation_publication_date", "name"),
            ("datePublished", "itemprop"),
            ("article:post_date", "property"),
            ("og:pubdate", "property"),
            ("shareaholic:article_published_time", "name"),
            ("dc:created", "name"),
            ("pdate", "name"),
        ] {
            let html = format!(
                "<html><head><meta property='article:modified_time' content='2021-05-05T10:00:00Z'>\
                 <meta {attr}='{name}' content='2021-03-02T10:00:00+01:00'></head><body>{BODY}</body></html>"
            );
            assert_eq!(
                published(&html).map(|p| (p.0, p.1)),
                Some((day("2021-03-02"), DateSource::Meta)),
                "{name}"
            );
        }
        let only_modified = format!(
            "<html><head><meta property='article:modified_time' content='2021-05-05'></head><body>{BODY}</body></html>"
        );
        assert_eq!(published(&only_modified), None);
    }

    #[test]
    fn a_time_element_counts_in_the_article_header_not_in_comments_or_teasers() {
        let html = format!(
            "<html><body><div class='masthead'><time datetime='2024-05-01'>Wednesday, May 1, 2024</time></div>\
             <article><header><h1>Council backs bridge</h1>\
             <time datetime='2024-04-28T09:00:00+02:00'>28 April 2024</time></header>\
             <div class='body'>{BODY}</div>\
             <section class='comments'><time datetime='2024-04-30'>30 April</time><p>Great news!</p></section>\
             </article></body></html>"
        );
        assert_eq!(
            published(&html).map(|p| (p.0, p.1)),
            Some((day("2024-04-28"), DateSource::Time))
        );
        // Only a comment's date: none.
        let html = format!(
            "<html><body><article><h1>Council backs bridge</h1><div class='body'>{BODY}</div>\
             <div class='comment-list'><time datetime='2024-04-30'>30 April</time>\
             <p>I have lived here forty years, and the bridge was always a problem.</p></div></article></body></html>"
        );
        assert_eq!(published(&html), None);
    }

    /// A blog's post as a schema.org item: its `name` (a link in an h2)
    /// and its `datePublished` (in an aside under the text) are the
    /// article's, under a site's h1 that links home; a teaser's item is
    /// not.
    #[test]
    fn the_article_s_own_microdata_item_gives_its_title_and_day() {
        let post = |extra: &str| {
            format!(
                "<html><head><title>Rebuilding the bridge | Notes | Ana Ruiz</title></head><body>\
                 <div class='wrap'><header><h1><a href='/'>Hello, I am Ana.</a></h1></header>\
                 <main><article itemscope itemtype='http://schema.org/BlogPosting'>\
                 <header><h2><a itemprop='name' href='/notes/bridge/'>Rebuilding the bridge</a></h2></header>\
                 <section>{BODY}</section>\
                 <aside><p><span itemprop='author'>Ana Ruiz</span> \
                 <time datetime='2013-09-29' itemprop='datePublished'>2013-09-29</time></p></aside>\
                 </article>{extra}</main></div></body></html>"
            )
        };
        let m = meta_of(&post(""));
        assert_eq!(m.title.as_deref(), Some("Rebuilding the bridge"));
        assert_eq!(
            published(&post("")).map(|p| (p.0, p.1)),
            Some((day("2013-09-29"), DateSource::Time))
        );
        // A second post's item after it: the one that holds the text is
        // the article's.
        let teaser = "<article itemscope itemtype='http://schema.org/BlogPosting'>\
                      <h2><a itemprop='name' href='/notes/ferry/'>The ferry returns</a></h2>\
                      <aside><time datetime='2013-08-01' itemprop='datePublished'>2013-08-01</time></aside></article>";
        assert_eq!(
            published(&post(teaser)).map(|p| p.0),
            Some(day("2013-09-29"))
        );
        // Inside a wide box of the text, the only item of an article's
        // type is the article's; of two, neither is known to be.
        let body_of = |dom: &Dom| {
            dom.descendants(0)
                .find(|&d| dom.name(d) == Some("body"))
                .expect("a body")
        };
        let dom = Dom::parse(&post(""));
        assert_eq!(article_items(&dom, body_of(&dom)).len(), 1);
        let dom = Dom::parse(&post(teaser));
        assert_eq!(article_items(&dom, body_of(&dom)), Vec::<NodeId>::new());
        // A teaser's item in a sidebar beside a post with no item: not the
        // article's day.
        let html = format!(
            "<html><body><article><h1>Rebuilding the bridge</h1><div class='text'>{BODY}</div></article>\
             <aside><div itemscope itemtype='http://schema.org/BlogPosting'>\
             <h3 itemprop='name'>The ferry returns</h3>\
             <time datetime='2013-08-01' itemprop='datePublished'>2013-08-01</time></div></aside></body></html>"
        );
        assert_eq!(published(&html), None);
    }

    #[test]
    fn a_layout_box_in_the_headline_s_block_does_not_hide_its_time() {
        // The section's link and the day in a box named `rubric-nav`,
        // above the headline in the article's header.
        let page = |head: &str| {
            format!(
                "<html><body><nav class='site-nav'><a href='/'>Home</a> \
                 <time datetime='2016-09-30'>Friday</time></nav><article>\
                 <header class='article-header'>{head}<h1>How the ferry came back</h1></header>\
                 <section class='body'>{BODY}</section></article>\
                 <div class='related-nav'><time datetime='2016-09-28'>Sept. 28</time></div></body></html>"
            )
        };
        let html = page(
            "<div class='rubric-nav'><a href='/media/'>media</a>\
             <time class='article-timestamp'>Sept. 2, 2016</time></div>",
        );
        assert_eq!(
            published(&html).map(|p| (p.0, p.1)),
            Some((day("2016-09-02"), DateSource::Time))
        );
        // Without it, neither the site's nav nor the related box dates it,
        // nor a strip of the latest stories beside the headline.
        assert_eq!(published(&page("")), None);
        let latest = page(
            "<div class='latest trending'><a href='/storm'>Breaking: storm</a>\
             <time datetime='2016-09-01'>Sept. 1</time></div>",
        );
        assert_eq!(published(&latest), None);
    }

    #[test]
    fn a_time_without_its_attribute_is_read_from_what_it_prints() {
        // A magazine's header: the day above the headline in a <time>
        // that states it in words only.
        let html = format!(
            "<html><body><article><header class='article-header'>\
             <div class='rubric'><a href='/media/'>media</a>\
             <time class='article-timestamp' itemprop='datePublished'><span>Sept. 2, 2016</span></time></div>\
             <h1>Bridge reopens after a year</h1></header>{BODY}</article></body></html>"
        );
        assert_eq!(
            published(&html).map(|p| (p.0, p.1)),
            Some((day("2016-09-02"), DateSource::Time))
        );
        // A date line in it, with a two-digit year: dotted, day first in
        // German; with slashes on a page in American English, month first.
        for (lang, shown, want) in [
            (
                "de",
                "Veröffentlicht am 03.05.21 um 14:05 Uhr",
                "2021-05-03",
            ),
            ("en-US", "9/11/13 10:00AM", "2013-09-11"),
            ("en-US", "05.03.21 9:30AM", "2021-05-03"),
        ] {
            let html = format!(
                "<html lang='{lang}'><body><article><h1>Brücke wieder offen</h1>\
                 <p class='meta'><time>{shown}</time></p>{BODY}</article></body></html>"
            );
            assert_eq!(
                published(&html).map(|p| (p.0, p.1)),
                Some((day(want), DateSource::Time)),
                "{shown}"
            );
        }
        // A time that only says how long ago, or a number that could be
        // either day or month, dates nothing by itself.
        for shown in ["2 hours ago", "04/05/2021"] {
            let html = format!(
                "<html><body><article><h1>Bridge reopens</h1>\
                 <time>{shown}</time>{BODY}</article></body></html>"
            );
            assert_eq!(published(&html), None, "{shown}");
        }
    }

    #[test]
    fn the_header_s_time_counts_beside_a_comment_count_and_before_the_article_element() {
        // The meta line holds a link to the comments: still the header.
        let html = format!(
            "<html><body><article><header class='entry-header'><h1>Lost city found</h1>\
             <div class='entry-meta social-comments'><span class='entry-date'>\
             <time itemprop='datePublished' datetime='2016-12-16'>12/16/16 12:21pm</time></span>\
             <a href='#comments'>3 comments</a></div></header>{BODY}</article></body></html>"
        );
        assert_eq!(
            published(&html).map(|p| (p.0, p.1)),
            Some((day("2016-12-16"), DateSource::Time))
        );
        // The headline and its date in a header before the <article>.
        let html = format!(
            "<html><body><div class='post-wrap'><header><h1>Giuliani out</h1>\
             <time class='published' datetime='2016-12-09T17:51:26-05:00'>December 9</time></header>\
             <article class='post'>{BODY}</article></div></body></html>"
        );
        assert_eq!(
            published(&html).map(|p| (p.0, p.1)),
            Some((day("2016-12-09"), DateSource::Time))
        );
        // A meta tag that keeps its value in "value".
        let html = format!(
            "<html><head><meta value='2016-12-14T06:02:15Z' name='og:article:published_time'></head><body>{BODY}</body></html>"
        );
        assert_eq!(
            published(&html).map(|p| (p.0, p.1)),
            Some((day("2016-12-14"), DateSource::Meta))
        );
    }

    #[test]
    fn blog_and_news_system_markup_gives_the_day_and_the_headline() {
        // Blogger: the day only in hAtom's <abbr> in the post's footer, the
        // post's title an h3 marked `entry-title`, <title> "Blog: post".
        let html = format!(
            "<html><head><title>Valley notes: Bridge to close</title></head><body>\
             <div class='date-outer'><h2 class='date-header'><span>Sunday, 16 December 2012</span></h2>\
             <div class='post hentry'><h3 class='post-title entry-title'>Bridge to close</h3>\
             <div class='post-body entry-content'>{BODY}</div>\
             <div class='post-footer'>Posted by Jo at <abbr class='published' \
             title='2012-12-16T18:22:00+01:00'>18:22</abbr></div></div></div></body></html>"
        );
        assert_eq!(
            published(&html),
            Some((
                day("2012-12-16"),
                DateSource::Time,
                "<abbr> 2012-12-16T18:22:00+01:00".to_string()
            ))
        );
        assert_eq!(meta_of(&html).title.as_deref(), Some("Bridge to close"));
        // The page's only hAtom entry, inside a box named `widget`
        // (Blogger's `widget Blog`): its <abbr> is still the post's.
        let widget = format!(
            "<html><body><div class='widget Blog'><div class='post hentry'>\
             <h3 class='entry-title'>Bridge to close</h3><div class='post-body'>{BODY}</div>\
             <div class='post-footer'><abbr class='published' title='2012-12-16T18:22:00+01:00'>18:22</abbr>\
             </div></div></div><div class='widget'><abbr class='published' title='2010-01-01'>x</abbr></div>\
             </body></html>"
        );
        assert_eq!(
            published(&widget).map(|p| (p.0, p.1)),
            Some((day("2012-12-16"), DateSource::Time))
        );
        // A wire story's byline gives "1 hr 4 mins ago" and the time in an
        // <abbr>'s title; the comments' <abbr>s below are not the story's.
        let wire = format!(
            "<html><body><div class='story'><h1>Bridge to close</h1>\
             <cite class='byline vcard'>By <span class='fn'>JO RUIZ</span> | AP &ndash; \
             <abbr title='2011-08-25T01:40:40Z'>1 hr 4 mins ago</abbr></cite>{BODY}</div>\
             <ul class='comments'><li><span class='ugccmt-timestamp'>\
             <abbr title='2011-08-26T02:30:00+0000'>16 minutes ago</abbr></span> Nice.</li></ul>\
             </body></html>"
        );
        assert_eq!(
            published(&wire).map(|p| (p.0, p.1)),
            Some((day("2011-08-25"), DateSource::Time))
        );
        assert_eq!(
            published(&wire.replace("class='byline vcard'", "class='vcard'")).map(|p| p.0),
            None,
            "a comment's <abbr> dates nothing"
        );
        // WordPress's <time class="entry-date published updated"> of a post
        // never edited is its publication; a time named as an update only
        // is not.
        let wp = format!(
            "<html><body><article><h1>Bridge to close</h1><div class='entry-meta'>\
             <time class='entry-date published updated' datetime='2012-12-16T18:22:05+01:00'>16 December</time>\
             </div>{BODY}</article></body></html>"
        );
        assert_eq!(
            published(&wp).map(|p| (p.0, p.1)),
            Some((day("2012-12-16"), DateSource::Time))
        );
        assert_eq!(
            published(&wp.replace("entry-date published updated", "updated")),
            None
        );
        // Two times, the update first, each saying which it is
        // (Aftonbladet's "Uppdaterad … | Publicerad …").
        let two = format!(
            "<html lang='sv'><body><article><h1>Bron stängs</h1><div class='dates'>\
             <time datetime='2023-03-09T08:10:00.000Z'>Uppdaterad 2023-03-09 09.10</time> | \
             <time datetime='2023-03-08T20:05:00.000Z'>Publicerad 2023-03-08 21.05</time>\
             </div>{BODY}</article></body></html>"
        );
        assert_eq!(
            published(&two).map(|p| (p.0, p.1)),
            Some((day("2023-03-08"), DateSource::Time))
        );
        // An <abbr> named as an update is not the day.
        let updated = html.replace("class='published'", "class='updated'");
        assert_eq!(published(&updated), None);
        // Drupal's RDFa on a span of the node.
        let html = format!(
            "<html><body><h1>Bridge to close</h1><div class='node'><div class='submitted'>\
             <span property='dc:date dc:created' content='2012-12-16T18:22:05+01:00'>\
             Submitted by editor on Sun, 12/16/2012 - 18:22</span></div>\
             <div class='content'>{BODY}</div></div></body></html>"
        );
        assert_eq!(
            published(&html).map(|p| (p.0, p.1)),
            Some((day("2012-12-16"), DateSource::Time))
        );
        // TYPO3's news: microdata's headline in an h3, the date in the
        // article's own "footer" box; <title> with the town's name.
        let html = format!(
            "<html lang='de'><head><title>Brücke wird gesperrt - Gemeinde Talheim</title></head><body>\
             <div class='article' itemscope itemtype='http://schema.org/Article'>\
             <div class='header'><h3 itemprop='headline'>Brücke wird gesperrt</h3></div>\
             <div class='footer'><time itemprop='datePublished' datetime='2012-12-16'>16.12.2012</time></div>\
             <div itemprop='articleBody'>{BODY}</div></div>\
             <div class='footer'><time datetime='2024-01-01'>1.1.2024</time></div></body></html>"
        );
        assert_eq!(
            published(&html).map(|p| (p.0, p.1)),
            Some((day("2012-12-16"), DateSource::Time))
        );
        assert_eq!(
            meta_of(&html).title.as_deref(),
            Some("Brücke wird gesperrt")
        );
        // A forum's or a blog's name in the h1, after <title>'s last
        // separator or as og:site_name: no headline.
        let forum = format!(
            "<html><head><title>Cloudy water after new substrate - Reef Tank Forum</title></head>\
             <body><h1>Reef Tank Forum</h1><div class='post'>{BODY}</div></body></html>"
        );
        assert_eq!(
            meta_of(&forum).title.as_deref(),
            Some("Cloudy water after new substrate")
        );
        let blog = format!(
            "<html><head><title>Ink and Brine — Rigging a dinghy</title>\
             <meta property='og:title' content='Rigging a dinghy'>\
             <meta property='og:site_name' content='Ink and Brine'></head>\
             <body><h1>Ink and Brine</h1><article>{BODY}</article></body></html>"
        );
        assert_eq!(meta_of(&blog).title.as_deref(), Some("Rigging a dinghy"));
        // The article's name first, the site's after: the h1 is the
        // headline.
        let wiki = format!(
            "<html><head><title>Mozilla - Wikipedia</title></head>\
             <body><h1>Mozilla</h1><div class='text'>{BODY}</div></body></html>"
        );
        assert_eq!(meta_of(&wiki).title.as_deref(), Some("Mozilla"));
        // The page's own footer, outside any article, dates nothing.
        let html = format!(
            "<html><body><h1>Bridge to close</h1><div class='main'>{BODY}</div>\
             <div class='footer'><time datetime='2024-01-01'>1 January 2024</time></div></body></html>"
        );
        assert_eq!(published(&html), None);
    }

    #[test]
    fn a_date_in_the_url_dates_a_page_with_no_other() {
        let html = format!(
            "<html><head><link rel='canonical' href='https://paper.example/news/2020/04/28/bridge'></head><body>{BODY}</body></html>"
        );
        assert_eq!(
            published(&html),
            Some((day("2020-04-28"), DateSource::Url, "2020/04/28".into()))
        );
    }

    #[test]
    fn a_full_date_in_the_address_beats_markup_in_utc_and_a_template_s_date() {
        let page = |head: &str| {
            format!(
                "<html><head><link rel='canonical' href='https://daily.example/2019/03/14/ferry-strike'>{head}</head>\
                 <body>{BODY}</body></html>"
            )
        };
        // UTC's next morning: the evening before where it was filed.
        let html =
            page("<meta property='article:published_time' content='2019-03-15T03:12:40+00:00'>");
        assert_eq!(
            published(&html).map(|p| (p.0, p.1)),
            Some((day("2019-03-14"), DateSource::Url))
        );
        // A site's template gives every page one old day.
        let html = page("<meta name='datePublished' content='2018-11-02T09:00:00Z'>");
        assert_eq!(
            published(&html).map(|p| (p.0, p.1)),
            Some((day("2019-03-14"), DateSource::Url))
        );
        // A day after, in the place's own offset: published after midnight.
        let html =
            page("<meta property='article:published_time' content='2019-03-15T00:20:00-05:00'>");
        assert_eq!(
            published(&html).map(|p| (p.0, p.1)),
            Some((day("2019-03-15"), DateSource::Meta))
        );
    }

    #[test]
    fn a_month_in_the_address_rules_out_a_markup_day_months_before_it() {
        assert_eq!(
            url_month("https://mag.example/style/2014/05/packing.html"),
            Some(day("2014-05-01"))
        );
        assert_eq!(
            url_month("https://mag.example/decor/2015-01/house"),
            Some(day("2015-01-01"))
        );
        assert_eq!(url_month("https://mag.example/2014/packing"), None);
        assert_eq!(url_month("https://2014.example/05/x"), None, "not the host");
        let page = |published: &str| {
            format!(
                "<html><head><link rel='canonical' href='https://mag.example/style/2014/05/packing.html'>\
                 <meta property='article:published_time' content='{published}'></head><body>{BODY}</body></html>"
            )
        };
        // The blog's founding day on every post: not used.
        assert_eq!(published(&page("2009-09-02T00:00:00-04:00")), None);
        // A magazine's issue month after the day it went online, and a
        // story republished later: used.
        assert_eq!(
            published(&page("2014-03-28T10:00:00")).map(|p| p.0),
            Some(day("2014-03-28"))
        );
        assert_eq!(
            published(&page("2014-12-29T03:00:00Z")).map(|p| p.0),
            Some(day("2014-12-29"))
        );
    }

    #[test]
    fn a_time_element_gives_the_day_it_prints_when_its_attribute_cannot() {
        let page = |time: &str| {
            format!(
                "<html><body><article><h1>Ferry strike ends after nine days</h1>{time}{BODY}</article></body></html>"
            )
        };
        // A broken attribute: the printed date.
        let html = page(
            "<time datetime='2019-00-14T11:12:28Z' pubdate>Thursday, Mar. 14 2019, 6:00 AM EST</time>",
        );
        assert_eq!(
            published(&html).map(|p| (p.0, p.1)),
            Some((day("2019-03-14"), DateSource::Time))
        );
        // UTC's next day, the evening printed in the place's time.
        let html =
            page("<time datetime='2019-03-15T01:01:00Z'>March 14, 2019 at 08:01PM EST</time>");
        assert_eq!(published(&html).map(|p| p.0), Some(day("2019-03-14")));
        // Agreeing, or an offset of its own: the attribute.
        let html = page("<time datetime='2019-03-15T01:01:00+09:00'>March 14, 2019</time>");
        assert_eq!(published(&html).map(|p| p.0), Some(day("2019-03-15")));
    }

    #[test]
    fn parsely_s_json_tag_is_kept_for_when_nothing_else_dates_the_page() {
        let html = format!(
            "<html><head><meta name='parsely-page' content='{{\"title\": \"Ferry strike\", \"pub_date\": \"2019-03-14T16:29:25Z\", \"author\": \"Ana Ruiz\"}}'></head>\
             <body>{BODY}</body></html>"
        );
        let m = meta_of(&html);
        assert_eq!(m.published, Published::None);
        assert!(
            matches!(&m.fallback, Some(Published::Day { day: d, evidence, .. }) if *d == day("2019-03-14") && evidence.contains("pub_date")),
            "{:?}",
            m.fallback
        );
        assert_eq!(
            json_string_field("{\"pub_date\" : \"x\"}", "pub_date").as_deref(),
            Some("x")
        );
        assert_eq!(json_string_field("{\"pub_date\": 3}", "pub_date"), None);
    }

    #[test]
    fn the_place_s_own_day_wins_and_declarations_that_disagree_leave_the_page_undated() {
        // The same moment: JSON-LD in UTC (the 10th), meta with its offset
        // (the 9th): the 9th, as printed where it was published.
        let html = format!(
            "<html><head><script type='application/ld+json'>{{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-07-10T01:30:00Z\"}}</script>\
             <meta property='article:published_time' content='2020-07-09T21:30:00-04:00'></head><body>{BODY}</body></html>"
        );
        assert_eq!(
            published(&html).map(|p| (p.0, p.1)),
            Some((day("2020-07-09"), DateSource::Meta))
        );
        // Months apart: undated, with both named.
        let html = format!(
            "<html><head><script type='application/ld+json'>{{\"@type\":\"BlogPosting\",\"datePublished\":\"2015-10-15T02:19:15Z\"}}</script>\
             <meta property='article:published_time' content='2015-12-11T14:28:34Z'></head><body>{BODY}</body></html>"
        );
        match meta_of(&html).published {
            Published::Unsure(why) => assert!(
                why.contains("2015-10-15") && why.contains("2015-12-11"),
                "{why}"
            ),
            other => panic!("{other:?}"),
        }
        // A <time> that disagrees with the declarations does not unsettle them.
        let html = format!(
            "<html><head><meta property='article:published_time' content='2017-12-15T08:50:02-05:00'></head>\
             <body><article><h1>Best films</h1><time datetime='2018-07-24'>July 24</time>{BODY}</article></body></html>"
        );
        assert_eq!(published(&html).map(|p| p.0), Some(day("2017-12-15")));
    }
}
