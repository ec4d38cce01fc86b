//! A page's main text: the article, without the site around it.
//!
//! [`main_text`] works on the parsed tree ([`crate::read::dom::Dom`]) in
//! four steps:
//!
//! 1. **Never text.** Elements a reader never sees (`script`, `style`,
//!    `template`, form controls, media, anything `hidden`, `aria-hidden` or
//!    styled `display:none`) are out, with what they hold.
//! 2. **Page furniture.** Navigation, headers and footers, sidebars,
//!    cookie, subscribe and paywall banners, share bars, related and
//!    recommended boxes, reader comments, bylines, captions and image
//!    credits are out: by element (`nav`, `aside`, `header`, `footer`,
//!    `figcaption`, `dialog`), by ARIA role (`navigation`, `banner`,
//!    `contentinfo`, `complementary`, `dialog`) and by the words their
//!    `class` and `id` are made of (`share-bar`, `relatedStories`,
//!    `comment-list`) — unless the box holds most of the page's text, as a
//!    wrapper named `has-sidebar` does.
//! 3. **The article's box.** Each paragraph of prose scores for the boxes
//!    around it (more for longer text and more commas, less the further up),
//!    a box's score falls with the share of its text that is links, and
//!    class names such as `article-body` or `comments` raise or lower it;
//!    the best box, and those of its siblings that score nearly as well or
//!    are plain paragraphs, hold the article. When several boxes score
//!    nearly as well as the best (the steps of a how-to), the box around
//!    them is the article; boxes of the best box's tag and class nearby
//!    that hold prose (an article cut in two by a wide figure) join it.
//! 4. **Inside it**, lists, tables and boxes that are mostly links, or
//!    mostly images and form fields, go; what is left is written as blocks:
//!    paragraphs, headings, list items, quotes, preformatted text and table
//!    rows, white space collapsed.
//!
//! Text is measured in characters, not words, so that a page in a script
//! without spaces (Japanese, Chinese, Thai) is measured like any other.
//! It does not find the title, the byline or the date (see
//! [`crate::read::meta`]) and never splits a page into several articles.

use crate::read::dom::{Data, Dom, NONE, NodeId};
use crate::read::linescan;
use rustc_hash::FxHashMap;

/// What a block of the main text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// A paragraph (or a box of text outside any paragraph).
    Paragraph,
    /// A heading `h1`–`h6`, with its level.
    Heading(u8),
    /// An item of a list.
    Item,
    /// A block quote.
    Quote,
    /// Preformatted text (line breaks kept inside).
    Code,
    /// A row of a table, its cells separated by a tab.
    Row,
}

/// One block of the main text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// What it is.
    pub kind: BlockKind,
    /// Its text, white space collapsed (except in [`BlockKind::Code`]).
    pub text: String,
}

/// The main text of a page and what was left out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MainText {
    /// The article's blocks, in document order.
    pub blocks: Vec<Block>,
    /// The element the article was found in (for the metadata next to it),
    /// or [`NONE`] when the page had no text.
    pub container: NodeId,
    /// Characters of visible page text that are not in `blocks`.
    pub removed_chars: usize,
    /// Words of the page's visible text, article or not.
    pub visible_words: usize,
    /// When the page holds several full articles (a feed of posts, a live
    /// blog's dated entries), each of them; else empty, and `blocks` is the
    /// one article.
    pub entries: Vec<Entry>,
}

/// One of several full articles on a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Its element (an `<article>`).
    pub node: NodeId,
    /// Its headline's element.
    pub heading: NodeId,
    /// Its `<time>` elements, in order.
    pub times: Vec<NodeId>,
    /// Its text.
    pub blocks: Vec<Block>,
}

/// How an element takes part in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// Its text counts.
    Text,
    /// Never visible: out with all it holds.
    Invisible,
    /// Page furniture: out with all it holds.
    Furniture,
}

/// Elements whose content is never visible text.
fn is_invisible_tag(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "head"
            | "title"
            | "meta"
            | "link"
            | "template"
            | "noscript"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "video"
            | "audio"
            | "picture"
            | "source"
            | "select"
            | "option"
            | "button"
            | "textarea"
            | "input"
            | "label"
            | "map"
            | "frameset"
            | "frame"
    )
}

/// Elements that start and end a line of text.
fn is_block_tag(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "br"
            | "caption"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "html"
            | "legend"
            | "li"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "tfoot"
            | "th"
            | "thead"
            | "tr"
            | "ul"
    )
}

/// The words a `class` or `id` value is made of, lower case: `share-bar`,
/// `shareBar` and `share_bar` all give "share", "bar".
pub(crate) fn name_words(value: &str, out: &mut Vec<String>) {
    let mut word = String::new();
    for_each_name_word(value, &mut word, &mut |w| out.push(w.to_string()));
}

/// The words of an element's class and id, lower case ([`name_words`]).
pub(crate) fn class_words(dom: &Dom, id: NodeId) -> Vec<String> {
    let mut words = Vec::new();
    for attr in ["class", "id"] {
        if let Some(v) = dom.attr(id, attr) {
            name_words(v, &mut words);
        }
    }
    words
}

/// [`name_words`] one word at a time, built in `word` (no allocation once
/// it has grown).
fn for_each_name_word(value: &str, word: &mut String, each: &mut dyn FnMut(&str)) {
    word.clear();
    let mut prev_lower = false;
    for c in value.chars() {
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_uppercase() && prev_lower && !word.is_empty() {
                each(word);
                word.clear();
            }
            prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
            word.push(c.to_ascii_lowercase());
        } else {
            if !word.is_empty() {
                each(word);
                word.clear();
            }
            prev_lower = false;
        }
    }
    if !word.is_empty() {
        each(word);
        word.clear();
    }
}

/// How surely a class or id word marks page furniture.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Furniture {
    /// Not furniture.
    No,
    /// Furniture inside an article (`widget`, `header`, `meta`, `author`),
    /// but also found on the boxes that hold one (Blogger's main column is
    /// a "widget Blog"): it lowers a box's score, and is taken out only
    /// inside the article's box.
    Weak,
    /// Never the box of an article (comments, share bars, related
    /// stories, navigation, cookie banners): out before the article is
    /// looked for.
    Strong,
}

/// A class or id word that marks page furniture: whole words, or the start
/// of one where the list says so (`comment` also marks `comments` and
/// `commentlist`).
fn furniture_word(w: &str) -> Furniture {
    match w {
        "nav" | "navbar" | "navigation" | "menu" | "breadcrumb" | "breadcrumbs" | "footer"
        | "sidebar" | "social" | "related" | "ad" | "ads" | "adv" | "advert" | "advertisement"
        | "advertising" | "sponsored" | "consent" | "gdpr" | "newsletter" | "signup"
        | "paywall" | "disqus" | "respond" | "replies" | "popup" | "modal" | "overlay"
        | "byline" | "caption" | "credit" | "credits" | "copyright" | "hidden" | "skip" | "sr"
        | "pagination" | "pager" | "outbrain" | "taboola" | "subnav" | "login" | "signin"
        | "auth" | "salewall" => Furniture::Strong,
        // The article's own meta lines (when it was updated, by whom), and
        // boxes that also hold articles (or other things: an infobox).
        "updated" | "modified" | "lastupdated" | "lastmodified" | "widget" | "widgets"
        | "masthead" | "toolbar" | "tags" | "taglist" | "banner" | "teaser" | "teasers"
        | "trending" | "popular" | "topbar" | "header" | "dateline" | "timestamp" | "author"
        | "authors" | "meta" | "print" | "rss" | "infobox" | "commercial" | "utils" | "tools"
        | "toolbox" | "resize" | "controls" => Furniture::Weak,
        _ => {
            const STRONG_START: &[&str] = &[
                "comment",
                "share",
                "sharing",
                "recommend",
                "cookie",
                "subscri",
                "sponsor",
                "promo",
                "newsletter",
                "related",
                "readmore",
                "moreon",
                "morestories",
                "breadcrumb",
                "sidebar",
                "social",
                "footer",
                "advert",
                "visuallyhidden",
                "whatsapp",
                // How to cite the article: "citewrapper", "Zitiervorschlag".
                "citewrap",
                "citethis",
                "zitier",
                // (Google Translate's "skiptranslate" box, "skiplink".)
                "skip",
                // Disqus's "blog comments powered by Disqus" (`dsq-brlink`),
                // a newsletter's opt-in form ("We hate spam …").
                "dsq",
                "optin",
                // A chart drawn as positioned text by ai2html (The New
                // York Times, Reuters, ProPublica): its labels and axis
                // ticks ("’17", "13.0%"), once for each screen width.
                "ai2html",
                // A video player's settings menus (Yahoo's `yvp-settings`,
                // JW Player's `jw-settings-menu`): "High (HD)", "Arial".
                "settings",
            ];
            if STRONG_START.iter().any(|p| w.starts_with(p)) {
                Furniture::Strong
            } else {
                Furniture::No
            }
        }
    }
}

/// A class or id word that marks the article's text, or two such words
/// written as one (`entrybody`, `maincontent`, `bodytext`).
fn content_word(w: &str) -> bool {
    one_content_word(w)
        || (6..=24).contains(&w.len())
            && (3..w.len() - 3).any(|i| {
                w.is_char_boundary(i) && one_content_word(&w[..i]) && one_content_word(&w[i..])
            })
}

fn one_content_word(w: &str) -> bool {
    matches!(
        w,
        "article"
            | "articlebody"
            | "body"
            | "content"
            | "entry"
            | "main"
            | "post"
            | "story"
            | "storybody"
            | "text"
            | "blog"
            | "prose"
            | "hentry"
            | "page"
            | "news"
            | "richtext"
    )
}

/// What the class and id of an element say: how many of their words name
/// furniture and content, and the strongest furniture word's strength.
#[derive(Clone, Copy, Debug)]
struct Hint {
    furniture: u8,
    content: u8,
    strength: Furniture,
}

impl Hint {
    const NONE: Hint = Hint {
        furniture: 0,
        content: 0,
        strength: Furniture::No,
    };
}

/// The [`Hint`] of every node, worked out once (elements without a class
/// or an id have none).
fn hints_of(dom: &Dom, order: &[NodeId]) -> Vec<Hint> {
    let mut out = vec![Hint::NONE; dom.nodes.len()];
    let mut words = String::new();
    // A page repeats its class values (every item of a list has the same):
    // each value's words are weighed once.
    let mut classes: FxHashMap<(&str, bool), Hinted> = FxHashMap::default();
    for &id in order {
        let (class, ident) = (dom.attr(id, "class"), dom.attr(id, "id"));
        if class.is_none() && ident.is_none() {
            continue;
        }
        // A paragraph, heading or list marked "paywall" is the article's
        // text past the free part (Condé Nast's `<p class="paywall">`),
        // not a paywall's banner.
        let gated_text = matches!(
            dom.name(id),
            Some(
                "p" | "h2" | "h3" | "h4" | "h5" | "h6" | "ul" | "ol" | "li" | "blockquote" | "span"
            )
        );
        let mut h = match class {
            Some(v) => *classes
                .entry((v, gated_text))
                .or_insert_with(|| class_hints(v, gated_text, &mut words)),
            None => Hinted::default(),
        };
        // An id of four words or more is a heading's slug
        // ("sharing-with-a-single-developer"), not a name for a kind of box.
        // (Not one of five words at most with one in camel case, as a
        // program names a box: the Guardian's "EmailSignup-skip-link-7";
        // a random token's pieces, letters and digits mixed, name
        // nothing.)
        if let Some(v) = ident {
            let (mut n, mut mixed) = (0, false);
            for_each_name_word(v, &mut words, &mut |w| {
                n += 1;
                mixed |= w.bytes().any(|b| b.is_ascii_digit())
                    && w.bytes().any(|b| b.is_ascii_alphabetic());
            });
            let camel = v
                .as_bytes()
                .windows(2)
                .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
            if n <= 3 || (n <= 5 && camel && !mixed) {
                for_each_name_word(v, &mut words, &mut |w| h.count(w, gated_text));
            }
        }
        out[id as usize] = Hint {
            furniture: h.furniture.min(255) as u8,
            content: h.content.min(255) as u8,
            strength: h.strength,
        };
    }
    out
}

/// Furniture and content words of an element's class and id so far, and
/// the strongest furniture word's strength.
#[derive(Clone, Copy)]
struct Hinted {
    furniture: usize,
    content: usize,
    strength: Furniture,
}

impl Default for Hinted {
    fn default() -> Hinted {
        Hinted {
            furniture: 0,
            content: 0,
            strength: Furniture::No,
        }
    }
}

impl Hinted {
    /// Counts word `w` (not "paywall" on the article's gated text).
    fn count(&mut self, w: &str, gated_text: bool) {
        if gated_text && w == "paywall" {
            return;
        }
        let f = furniture_word(w);
        if f != Furniture::No {
            self.furniture += 1;
            self.strength = self.strength.max(f);
        }
        self.content += usize::from(content_word(w));
    }
}

/// The words of a class value, counted.
fn class_hints(v: &str, gated_text: bool, word: &mut String) -> Hinted {
    let mut h = Hinted::default();
    // A utility class with a variant (`print:hidden`, `dark:text-white`,
    // `desktop:[.floated_&]:mt-0`, Tailwind's) styles the element in some
    // state only: it names no kind of box.
    for class in v.split_ascii_whitespace().filter(|c| !c.contains(':')) {
        // "paywall" with a word of content in one class names the text
        // behind the paywall (`paywallBlockedContent`, `paywall-content`),
        // not its banner.
        let mut gated = gated_text;
        if class.len() > 7 && class.to_ascii_lowercase().contains("paywall") {
            for_each_name_word(class, word, &mut |w| gated |= content_word(w));
        }
        for_each_name_word(class, word, &mut |w| h.count(w, gated));
    }
    h
}

fn is_hidden(dom: &Dom, id: NodeId) -> bool {
    let Data::Element { attrs, .. } = &dom.node(id).data else {
        return false;
    };
    // React streams a page in parts: each arrives in a hidden `<div
    // id="S:1a">` that a script then moves into its place (Anadolu's
    // articles): what the page shows.
    let streamed = || {
        dom.attr(id, "id")
            .and_then(|v| v.strip_prefix("S:"))
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_alphanumeric()))
    };
    // The article's text behind a paywall, hidden until a script shows it
    // to a subscriber (ABC's `<div class="paywall" hidden>`), is the
    // article's: the page holds it (see `gated_box`).
    let gated = || {
        dom.attr(id, "class").is_some_and(|v| {
            v.split_ascii_whitespace()
                .any(|c| c.eq_ignore_ascii_case("paywall"))
        })
    };
    attrs.iter().any(|a| match a.name() {
        "hidden" => !streamed() && !gated(),
        "aria-hidden" => a.value.trim().eq_ignore_ascii_case("true"),
        "style" => style_hides(&a.value),
        _ => false,
    })
}

/// Whether a `style` attribute's value hides its element: `display:
/// none`, `visibility: hidden`, or text for screen readers only, clipped
/// to a pixel (Reuters's ", opens new tab" inside a sentence's link).
pub fn style_hides(v: &str) -> bool {
    // Most styles hide nothing: only one that says "none" or "hidden" is
    // read closely.
    let lower = v.to_ascii_lowercase();
    (lower.contains("none") || lower.contains("hidden")) && {
        let compact: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
        compact.contains("display:none")
            || compact.contains("visibility:hidden")
            || ((compact.contains("clip:rect(0") || compact.contains("clip-path:inset(50%)"))
                && (compact.contains("width:1px") || compact.contains("height:1px")))
    }
}

/// ARIA roles and elements that are page furniture whatever their class.
fn furniture_element(dom: &Dom, id: NodeId, name: &str) -> bool {
    if matches!(
        name,
        "nav" | "aside" | "footer" | "header" | "figcaption" | "dialog" | "menu"
    ) {
        return true;
    }
    // A video, audio or media object of schema.org: what it holds as text
    // is its player's or its two-click consent notice's ("An dieser Stelle
    // findest du einen externen Inhalt von YouTube …").
    if dom.attr(id, "itemtype").is_some_and(|t| {
        let t = t.trim_end_matches('/');
        ["VideoObject", "AudioObject", "MediaObject"]
            .iter()
            .any(|kind| t.ends_with(kind))
    }) {
        return true;
    }
    dom.attr(id, "role").is_some_and(|r| {
        r.split_ascii_whitespace().any(|r| {
            matches!(
                r,
                "navigation"
                    | "banner"
                    | "contentinfo"
                    | "complementary"
                    | "dialog"
                    | "alertdialog"
                    | "menu"
                    | "menubar"
                    | "search"
            )
        })
    })
}

/// Per-element measures of the text under it that is in.
#[derive(Clone, Copy, Debug, Default)]
struct Measure {
    /// Characters of text (a run of white space counts as one).
    chars: u32,
    /// Of which inside links.
    link_chars: u32,
    /// Commas (also the CJK and Arabic ones).
    commas: u32,
    /// `p` elements.
    paragraphs: u32,
    /// Images.
    images: u32,
    /// List items.
    items: u32,
    /// Headings.
    headings: u32,
}

/// Characters and commas of a text, as [`Measure`] counts them.
fn measure_text(t: &str) -> (u32, u32) {
    let mut chars = 0u32;
    let mut commas = 0u32;
    let mut space = true;
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // ASCII a byte at a time; other characters decoded.
        let (white, comma, len) = if b[i] < 0x80 {
            (b[i].is_ascii_whitespace() || b[i] == 0x0b, b[i] == b',', 1)
        } else {
            let c = t[i..].chars().next().unwrap_or(' ');
            (
                c.is_whitespace(),
                matches!(c, '，' | '、' | '،'),
                c.len_utf8(),
            )
        };
        i += len;
        if white {
            if !space {
                chars += 1;
                space = true;
            }
        } else {
            chars += 1;
            space = false;
            commas += u32::from(comma);
        }
    }
    (chars, commas)
}

/// The page as the extractor sees it: every node's role and measure.
struct Page<'a> {
    dom: &'a Dom,
    /// Nodes in document order, from the document down.
    order: Vec<NodeId>,
    role: Vec<Role>,
    measure: Vec<Measure>,
    visible_words: usize,
    /// What each element's class and id say.
    hint: Vec<Hint>,
    /// Characters and commas of each text node (measured once).
    text_measure: Vec<(u32, u32)>,
}

impl<'a> Page<'a> {
    fn new(dom: &'a Dom) -> Page<'a> {
        let n = dom.nodes.len();
        let order: Vec<NodeId> = dom.descendants(0).collect();
        let mut role = vec![Role::Text; n];
        // What is never visible, top down.
        for &id in &order {
            let parent = dom.node(id).parent;
            if parent != NONE && role[parent as usize] == Role::Invisible {
                role[id as usize] = Role::Invisible;
            } else if let Some(name) = dom.name(id)
                && (is_invisible_tag(name) || is_hidden(dom, id))
            {
                role[id as usize] = Role::Invisible;
            }
        }
        let mut text_measure = vec![(0, 0); n];
        let mut visible_words = 0;
        for &id in &order {
            if let Data::Text(t) = &dom.node(id).data
                && role[id as usize] != Role::Invisible
            {
                text_measure[id as usize] = measure_text(t);
                visible_words += linescan::scan(t).words;
            }
        }
        let hint = hints_of(dom, &order);
        let mut page = Page {
            dom,
            order,
            role,
            measure: vec![Measure::default(); n],
            visible_words,
            hint,
            text_measure,
        };
        // Visible text before any furniture goes: a box that holds most of
        // it is a wrapper whatever its name says.
        page.measure_all();
        let visible: Vec<u32> = page.measure.iter().map(|m| m.chars).collect();
        let total = visible[0];
        // The text of the largest box under each element that is named as
        // content (`article__content`, `itemprop=articleBody`, `<article>`):
        // a box named like furniture that holds mostly such a box is a
        // layout grid ("sidebar-grid"), not furniture.
        let mut content_mass = vec![0u32; n];
        for &id in page.order.iter().rev() {
            let i = id as usize;
            if page.role[i] == Role::Invisible || dom.name(id).is_none() {
                continue;
            }
            let named = dom.name(id) == Some("article")
                || dom
                    .attr(id, "itemprop")
                    .is_some_and(|p| p.split_ascii_whitespace().any(|p| p == "articleBody"))
                || page.hint[i].content > page.hint[i].furniture;
            if named && page.measure[i].paragraphs >= 2 {
                content_mass[i] = content_mass[i].max(visible[i]);
            }
            let parent = dom.node(id).parent;
            if parent != NONE {
                content_mass[parent as usize] = content_mass[parent as usize].max(content_mass[i]);
            }
        }
        // The topmost furniture boxes (their contents are out with them).
        let mut furniture_roots = Vec::new();
        for i in 0..page.order.len() {
            let id = page.order[i];
            let parent = dom.node(id).parent;
            let r = &mut page.role;
            if r[id as usize] != Role::Text {
                continue;
            }
            if parent != NONE && r[parent as usize] == Role::Furniture {
                r[id as usize] = Role::Furniture;
                continue;
            }
            let Some(name) = dom.name(id) else { continue };
            if matches!(name, "html" | "body" | "main" | "article") {
                continue;
            }
            // An element or role of furniture is out whatever it holds; a
            // box named so is out unless it holds most of the page's text
            // or is a grid around the article. Weak furniture words only
            // lower a box's score (see Furniture).
            let i = id as usize;
            // A header or footer left open wraps the rest of the page as a
            // browser builds it: one that holds most of the page's text and
            // a box named as content is a wrapper, not furniture.
            let wrapper = content_mass[i] >= 300
                && visible[i] * 2 > total
                && (matches!(name, "header" | "footer")
                    || dom.attr(id, "role").is_some_and(|r| {
                        r.split_ascii_whitespace()
                            .any(|r| r == "banner" || r == "contentinfo")
                    }));
            let furniture = (furniture_element(dom, id, name) && !wrapper) || {
                let h = page.hint[i];
                let grid = content_mass[i] >= 300 && content_mass[i] * 2 >= visible[i];
                h.strength == Furniture::Strong
                    && h.furniture >= h.content
                    && !grid
                    && visible[i] * 2 <= total
                    && !gated_box(dom, id, page.measure[i])
            };
            if furniture {
                r[i] = Role::Furniture;
                furniture_roots.push(id);
            }
        }
        // What furniture held no longer counts for the boxes around it.
        for &f in &furniture_roots {
            let m = page.measure[f as usize];
            let mut at = dom.node(f).parent;
            while at != NONE {
                let p = &mut page.measure[at as usize];
                p.chars -= m.chars;
                p.link_chars -= m.link_chars;
                p.commas -= m.commas;
                p.paragraphs -= m.paragraphs;
                p.images -= m.images;
                p.items -= m.items;
                p.headings -= m.headings;
                at = dom.node(at).parent;
            }
        }
        page
    }

    /// Measures every node bottom up, counting only what is in.
    fn measure_all(&mut self) {
        let dom = self.dom;
        self.measure
            .iter_mut()
            .for_each(|m| *m = Measure::default());
        for &id in self.order.iter().rev() {
            let i = id as usize;
            if self.role[i] != Role::Text {
                continue;
            }
            let node = dom.node(id);
            match &node.data {
                Data::Text(_) => {
                    let (c, k) = self.text_measure[i];
                    self.measure[i].chars = c;
                    self.measure[i].commas = k;
                }
                Data::Element { name, .. } => {
                    let m = &mut self.measure[i];
                    match &*name.local {
                        "p" => m.paragraphs += 1,
                        "img" => m.images += 1,
                        "li" => m.items += 1,
                        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => m.headings += 1,
                        // Children come later in document order, so they
                        // are all counted by now.
                        "a" => m.link_chars = m.chars,
                        _ => {}
                    }
                }
                _ => {}
            }
            if node.parent != NONE {
                let m = self.measure[i];
                let p = &mut self.measure[node.parent as usize];
                p.chars += m.chars;
                p.link_chars += m.link_chars;
                p.commas += m.commas;
                p.paragraphs += m.paragraphs;
                p.images += m.images;
                p.items += m.items;
                p.headings += m.headings;
            }
        }
    }

    fn link_density(&self, id: NodeId) -> f32 {
        let m = self.measure[id as usize];
        if m.chars == 0 {
            0.0
        } else {
            m.link_chars as f32 / m.chars as f32
        }
    }

    fn is_in(&self, id: NodeId) -> bool {
        self.role[id as usize] == Role::Text
    }

    /// Whether element `id` holds a block element that is in.
    fn has_block_child(&self, id: NodeId) -> bool {
        self.dom.children(id).any(|c| {
            self.is_in(c)
                && self
                    .dom
                    .name(c)
                    .is_some_and(|n| is_block_tag(n) && n != "br")
        })
    }
}

/// Score of an element before its paragraphs are counted: by its kind and
/// by the words of its class and id.
fn base_score(page: &Page<'_>, id: NodeId) -> f32 {
    let dom = page.dom;
    let by_tag = match dom.name(id).unwrap_or("") {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    let Hint {
        furniture, content, ..
    } = page.hint[id as usize];
    let by_name = 25.0 * (f32::from(content.min(1)) - f32::from(furniture.min(1)));
    let by_prop = if dom
        .attr(id, "itemprop")
        .is_some_and(|p| p.split_ascii_whitespace().any(|p| p == "articleBody"))
    {
        50.0
    } else {
        0.0
    };
    by_tag + by_name + by_prop
}

/// Elements whose text is scored as a paragraph.
fn scored_as_paragraph(page: &Page<'_>, id: NodeId, name: &str) -> bool {
    match name {
        "p" | "pre" | "td" | "blockquote" => true,
        // A box of text with no block inside is a paragraph written
        // without `<p>`.
        "div" | "section" | "article" | "center" => {
            !page.has_block_child(id)
                && page.dom.children(id).any(
                    |c| matches!(&page.dom.node(c).data, Data::Text(t) if !t.trim().is_empty()),
                )
        }
        _ => false,
    }
}

/// Finds the element that holds the article: the best-scored box, and the
/// box whose own paragraphs scored most (the anchor of its text).
fn best_box(page: &Page<'_>) -> Option<(NodeId, NodeId, Vec<f32>)> {
    let dom = page.dom;
    let mut score: Vec<f32> = vec![f32::NAN; dom.nodes.len()];
    // What each box's own paragraphs (not its descendants') scored: the
    // box that scores most so holds the article's text itself.
    let mut direct: Vec<f32> = vec![0.0; dom.nodes.len()];
    let mut candidates: Vec<NodeId> = Vec::new();
    for &id in &page.order {
        let Some(name) = dom.name(id) else { continue };
        if !page.is_in(id) || !scored_as_paragraph(page, id, name) {
            continue;
        }
        let m = page.measure[id as usize];
        if m.chars < 25 {
            continue;
        }
        // A list item scores only when it reads as prose.
        if name == "li" && (m.chars < 100 || page.link_density(id) > 0.3) {
            continue;
        }
        let own = 1.0 + m.commas as f32 + (m.chars as f32 / 100.0).floor().min(3.0);
        let mut at = dom.node(id).parent;
        let mut level = 0u32;
        while at != NONE && level < 5 {
            if dom.name(at).is_none() {
                break;
            }
            let s = &mut score[at as usize];
            if s.is_nan() {
                *s = base_score(page, at);
                candidates.push(at);
            }
            if level == 0 {
                direct[at as usize] += own;
            }
            *s += match level {
                0 => own,
                1 => own / 2.0,
                l => own / (l as f32 * 3.0),
            };
            at = dom.node(at).parent;
            level += 1;
        }
    }
    for &c in &candidates {
        score[c as usize] *= 1.0 - page.link_density(c);
    }
    // The body itself when the paragraphs stand right in it.
    let top = candidates
        .iter()
        .copied()
        .filter(|&c| dom.name(c) != Some("html"))
        .max_by(|&a, &b| {
            let body = |c: NodeId| dom.name(c) == Some("body");
            (!body(a), score[a as usize])
                .partial_cmp(&(!body(b), score[b as usize]))
                .unwrap_or(std::cmp::Ordering::Equal)
        })?;
    // An article cut into sections of the same weight (the steps of a
    // how-to, chapters wrapped in extra boxes) scores each section nearly
    // alike: when three of the next best boxes score at least three
    // quarters of the best, the nearest box around the best that holds
    // three of them is the article.
    let top = around_close_rivals(page, top, &candidates, &score);
    // Up from the best box while a parent scores better, or nearly as well
    // and it is all the parent holds.
    let mut best = top;
    let mut last = score[top as usize];
    let threshold = last / 3.0;
    let mut at = dom.node(top).parent;
    while at != NONE && !matches!(dom.name(at), Some("html" | "body") | None) {
        let s = score[at as usize];
        if s.is_nan() {
            at = dom.node(at).parent;
            continue;
        }
        if s < threshold {
            break;
        }
        if s > last {
            best = at;
            break;
        }
        last = s;
        at = dom.node(at).parent;
    }
    // A box that is its parent's only child with text: the parent.
    loop {
        let parent = dom.node(best).parent;
        if parent == NONE || matches!(dom.name(parent), Some("html" | "body") | None) {
            break;
        }
        let with_text = dom
            .children(parent)
            .filter(|&c| page.is_in(c) && page.measure[c as usize].chars > 0)
            .count();
        if with_text != 1 {
            break;
        }
        best = parent;
    }
    let anchor = candidates
        .iter()
        .copied()
        .max_by(|&a, &b| direct[a as usize].total_cmp(&direct[b as usize]))
        .unwrap_or(top);
    Some((best, anchor, score))
}

/// How many of the next best boxes are weighed against the best one, and
/// how many of them, scoring at least [`CLOSE_RIVAL`] of its score, make
/// the box around them the article.
const RIVALS: usize = 5;
const CLOSE_RIVALS: usize = 3;
const CLOSE_RIVAL: f32 = 0.75;

/// The nearest box around `top` that holds [`CLOSE_RIVALS`] of the boxes
/// scoring nearly as well as it, else `top`.
fn around_close_rivals(
    page: &Page<'_>,
    top: NodeId,
    candidates: &[NodeId],
    score: &[f32],
) -> NodeId {
    let dom = page.dom;
    let top_score = score[top as usize];
    if top_score <= 0.0 {
        return top;
    }
    let mut rivals: Vec<NodeId> = candidates
        .iter()
        .copied()
        .filter(|&c| c != top && !matches!(dom.name(c), Some("html" | "body") | None))
        .collect();
    rivals.sort_unstable_by(|&a, &b| score[b as usize].total_cmp(&score[a as usize]));
    rivals.truncate(RIVALS);
    rivals.retain(|&c| score[c as usize] >= CLOSE_RIVAL * top_score);
    if rivals.len() < CLOSE_RIVALS {
        return top;
    }
    let mut at = dom.node(top).parent;
    while at != NONE && !matches!(dom.name(at), Some("html" | "body") | None) {
        if rivals.iter().filter(|&&r| is_inside(dom, r, at)).count() >= CLOSE_RIVALS {
            return at;
        }
        at = dom.node(at).parent;
    }
    top
}

/// Without paragraphs to score (a page of lists, or of `<br>`-separated
/// lines), the box the page marks as its article: `itemprop=articleBody`,
/// else the `<article>` with the most text, else `<main>`, else the box
/// with the most text whose class or id names content, else the body.
fn marked_box(page: &Page<'_>) -> Option<NodeId> {
    let dom = page.dom;
    let chars = |id: NodeId| page.measure[id as usize].chars;
    let elements = || {
        page.order
            .iter()
            .copied()
            .filter(|&id| page.is_in(id) && dom.name(id).is_some() && chars(id) > 0)
    };
    let most = |pick: &dyn Fn(NodeId) -> bool| {
        elements()
            .filter(|&id| pick(id))
            .max_by_key(|&id| chars(id))
    };
    most(&|id| {
        dom.attr(id, "itemprop")
            .is_some_and(|p| p.split_ascii_whitespace().any(|p| p == "articleBody"))
    })
    .or_else(|| most(&|id| dom.name(id) == Some("article")))
    .or_else(|| most(&|id| dom.name(id) == Some("main")))
    .or_else(|| {
        elements()
            .filter(|&id| page.hint[id as usize].content > page.hint[id as usize].furniture)
            .max_by_key(|&id| chars(id))
    })
    .or_else(|| elements().find(|&id| dom.name(id) == Some("body")))
}

/// The box and those of its siblings that belong to the article: boxes
/// that score nearly as well, and plain paragraphs of prose.
fn article_parts(page: &Page<'_>, best: NodeId, score: &[f32]) -> Vec<NodeId> {
    let dom = page.dom;
    let parent = dom.node(best).parent;
    if parent == NONE {
        return vec![best];
    }
    let best_score = score[best as usize];
    let threshold = (best_score * 0.2).max(10.0);
    let best_class = dom.attr(best, "class").unwrap_or("");
    let marked_body = dom
        .attr(best, "itemprop")
        .is_some_and(|p| p.split_ascii_whitespace().any(|p| p == "articleBody"));
    dom.children(parent)
        .filter(|&c| {
            if c == best {
                return true;
            }
            if !page.is_in(c) {
                return false;
            }
            let Some(name) = dom.name(c) else {
                return false;
            };
            let mut s = score[c as usize];
            if s.is_nan() {
                s = 0.0;
            }
            if !best_class.is_empty() && dom.attr(c, "class") == Some(best_class) {
                s += best_score * 0.2;
            }
            if s >= threshold {
                return true;
            }
            if name == "p" {
                let m = page.measure[c as usize];
                let ld = page.link_density(c);
                let text = dom.text(c);
                let t = text.trim_end();
                return (m.chars > 80 && ld < 0.25)
                    || (m.chars > 0 && m.chars <= 80 && ld == 0.0 && ends_sentence(t));
            }
            // A box holding one long paragraph and nothing else is that
            // paragraph (the Telegraph put each of a story's first five
            // paragraphs in its own `<div class="firstPar">`), unless the
            // page marks the article's body (`itemprop="articleBody"`): that
            // is all of it. (A short line alone in a box is more often a
            // promotion's than the article's.)
            if !marked_body && let Some(p) = lone_paragraph(dom, c) {
                let m = page.measure[p as usize];
                return m.chars > 80
                    && page.link_density(p) < 0.25
                    && !(m.chars < 240 && follow_us_line(&dom.text(p)));
            }
            false
        })
        .collect()
}

/// The one `<p>` a `<div>` holds when it holds nothing else but white
/// space.
fn lone_paragraph(dom: &Dom, id: NodeId) -> Option<NodeId> {
    if dom.name(id) != Some("div") {
        return None;
    }
    let mut only = None;
    for c in dom.children(id) {
        match dom.name(c) {
            Some("p") if only.is_none() => only = Some(c),
            Some(_) => return None,
            None => {
                if let Data::Text(t) = &dom.node(c).data
                    && !t.trim().is_empty()
                {
                    return None;
                }
            }
        }
    }
    only
}

/// How far above the article's box its other parts may sit, and the
/// least text of a part (or a fifth of the box's, if more).
const KIN_LEVELS: usize = 4;
const KIN_CHARS: u32 = 500;
/// The most parts of the article's own kind looked for outside its box.
const KIN_MAX: usize = 12;

/// The article's other parts when a page cuts it into several boxes of the
/// same kind in different branches (the text before and after a wide
/// figure, each in its own section): elements of the best box's tag and
/// class, under its ancestor [`KIN_LEVELS`] up, holding paragraphs of
/// prose (commas, few links) like a part of it. They join `parts`, all in
/// document order.
fn add_kin_boxes(page: &Page<'_>, best: NodeId, parts: &mut Vec<NodeId>) {
    let dom = page.dom;
    let Some(class) = dom.attr(best, "class").filter(|c| !c.trim().is_empty()) else {
        return;
    };
    let name = dom.name(best);
    let mut top = best;
    for _ in 0..KIN_LEVELS {
        let parent = dom.node(top).parent;
        if parent == NONE || matches!(dom.name(parent), Some("html" | "body") | None) {
            break;
        }
        top = parent;
    }
    if top == best {
        return;
    }
    // Measured, not scored: a part deep in extra boxes gives its box no
    // score.
    let best_chars = page.measure[best as usize].chars;
    let prose = |d: NodeId| {
        let m = page.measure[d as usize];
        m.chars >= KIN_CHARS.max(best_chars / 5)
            && m.paragraphs >= 2
            // Commas, or paragraphs of 150 characters and more on average
            // (German news prose has few commas).
            && (m.commas * 200 >= m.chars || m.chars >= 150 * m.paragraphs)
            && page.link_density(d) < 0.25
    };
    let mut kin: Vec<NodeId> = dom
        .descendants(top)
        .filter(|&d| {
            d != best
                && page.is_in(d)
                && dom.name(d) == name
                && dom.attr(d, "class") == Some(class)
                && prose(d)
                && !parts
                    .iter()
                    .any(|&p| is_inside(dom, d, p) || is_inside(dom, p, d))
        })
        .collect();
    // The box that holds most of the best box's paragraphs, by its tag
    // and class (Politico's `story-text`, in each row of its grid): the
    // others of its kind outside the best box, holding two paragraphs of
    // prose, are parts too (the story's first paragraphs, in a row above
    // the one that holds the rest, among share buttons and an ad).
    let mut holders: Vec<(Option<&str>, &str, u32)> = Vec::new();
    for d in dom.descendants(best).take(50_000) {
        if dom.name(d) != Some("p") || !page.is_in(d) {
            continue;
        }
        let parent = dom.node(d).parent;
        let Some(c) = dom.attr(parent, "class").filter(|c| !c.trim().is_empty()) else {
            continue;
        };
        let tag = dom.name(parent);
        if let Some(h) = holders.iter_mut().find(|h| h.0 == tag && h.1 == c) {
            h.2 += 1;
        } else if holders.len() < 32 {
            holders.push((tag, c, 1));
        }
    }
    if let Some(&(tag, c, n)) = holders.iter().max_by_key(|h| h.2)
        && n >= 3
    {
        let part = |d: NodeId| {
            let m = page.measure[d as usize];
            m.chars >= KIN_CHARS
                && m.paragraphs >= 2
                && (m.commas * 200 >= m.chars || m.chars >= 150 * m.paragraphs)
                && page.link_density(d) < 0.25
        };
        // (A copy of the text the page holds twice, for another screen,
        // is no part: its start is already in the best box's text.)
        let squeeze = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut read: Option<String> = None;
        let found: Vec<NodeId> = dom
            .descendants(top)
            .filter(|&d| {
                dom.name(d) == tag
                    && dom.attr(d, "class") == Some(c)
                    && page.is_in(d)
                    && !is_inside(dom, d, best)
                    && !is_inside(dom, best, d)
                    && part(d)
                    && !parts
                        .iter()
                        .any(|&p| is_inside(dom, d, p) || is_inside(dom, p, d))
            })
            .collect();
        // (One inside another is read once, and a few at most are read:
        // linear in the page.)
        let mut examined: Option<NodeId> = None;
        for d in found.into_iter().take(KIN_MAX) {
            if examined.is_some_and(|e| is_inside(dom, d, e)) {
                continue;
            }
            examined = Some(d);
            let text = squeeze(&dom.text(d));
            let start: String = text.chars().take(80).collect();
            let read = read.get_or_insert_with(|| squeeze(&dom.text(best)));
            if !read.contains(&start) {
                kin.push(d);
            }
        }
    }
    if kin.is_empty() {
        return;
    }
    // Document order (the two searches above each find theirs in it), for
    // the parts as the writer reads them and for the boxes inside another
    // to follow it.
    let at: std::collections::HashMap<NodeId, usize> = page
        .order
        .iter()
        .enumerate()
        .map(|(i, &id)| (id, i))
        .collect();
    let rank = |k: &NodeId| at.get(k).copied().unwrap_or(usize::MAX);
    kin.sort_unstable_by_key(rank);
    // Not one inside another.
    kin.dedup_by(|inner, outer| is_inside(dom, *inner, *outer));
    parts.extend(kin);
    parts.sort_unstable_by_key(rank);
}

fn ends_sentence(t: &str) -> bool {
    t.ends_with(['.', '!', '?', '。', '！', '？', '"', '”', '»', ':'])
}

/// Boxes inside the article that are not part of it: mostly links (a list
/// of other stories), mostly images or fields, or a box with almost no
/// text. Decided on the measures of the whole box.
fn is_clutter_box(page: &Page<'_>, id: NodeId, name: &str) -> bool {
    if gated_box(page.dom, id, page.measure[id as usize]) {
        return false;
    }
    // A box named by a weak furniture word (a widget, the article's own
    // header or meta line) goes, whatever its kind (the boxes around the
    // article's own paragraphs, such as Blogger's "widget Blog", are never
    // asked); one named by a strong word is still in only because it holds
    // the article (a grid).
    let Hint {
        furniture,
        content,
        strength,
    } = page.hint[id as usize];
    // (Unless it holds paragraphs in boxes named as the article's text:
    // the Washington Post's `teaser-content` holds the first two, each in
    // an `article-body`; not an author's box with a line of text.)
    if strength == Furniture::Weak
        && furniture >= content
        && page
            .dom
            .descendants(id)
            .take(WALK)
            .filter(|&d| {
                let h = page.hint[d as usize];
                h.content > 0 && h.furniture == 0
            })
            .map(|d| page.measure[d as usize].paragraphs)
            .sum::<u32>()
            < 2
    {
        return true;
    }
    // A link to a place on the page that is all its box holds takes the
    // reader past or back (the Guardian's "skip past newsletter
    // promotion", "Back to top"): not a sentence of the article. (In a
    // list or a table it is an entry of the article's table of contents;
    // in a heading, the heading's own anchor; in a `<sup>`, a note's
    // mark.)
    if name == "a" {
        let parent = page.dom.node(id).parent;
        return page
            .dom
            .attr(id, "href")
            .is_some_and(|h| h.len() > 1 && h.starts_with('#'))
            && parent != NONE
            && page
                .dom
                .name(parent)
                .is_some_and(|n| matches!(n, "div" | "p" | "figure" | "section"))
            && page.measure[parent as usize].chars == page.measure[id as usize].chars;
    }
    // A paragraph that is all one link is another page's headline or
    // an app's advert (Fox News's "CLICK HERE TO GET THE FOX NEWS APP",
    // "WHAT ARE CHINA'S OVERSEAS POLICE STATIONS?"), not a sentence.
    // So is one of a label and a link (Le Figaro's "<span>À lire
    // aussi</span> <a>La natalité russe menacée d’effondrement</a>"): a
    // few words outside the link, and no sentence's end after it ("Read
    // <a>the council's report</a> online." is the article's).
    // A subheading of a label and a link likewise (a Panamanian daily's
    // "<h6><strong>Mire: </strong><a>…</a></h6>"); one that is all a link
    // is often an anchor to itself, and stays.
    if matches!(name, "h2" | "h3" | "h4" | "h5" | "h6") {
        let m = page.measure[id as usize];
        return m.chars > 0
            && m.chars < 200
            && m.link_chars * 10 >= m.chars * 6
            && m.link_chars < m.chars
            && unlinked_words(page.dom, id) <= 6
            && !ends_outside_links(page.dom, id)
            && another_story_label(page.dom, id);
    }
    if name == "p" {
        let m = page.measure[id as usize];
        if m.chars < 240 && follow_us_line(&page.dom.text(id)) {
            return true;
        }
        return m.chars > 0
            && m.chars < 200
            && (m.link_chars >= m.chars
                || (m.link_chars * 10 >= m.chars * 6
                    && unlinked_words(page.dom, id) <= 6
                    && !ends_outside_links(page.dom, id)
                    && another_story_label(page.dom, id)));
    }
    // An icon font's glyph: a letter or two in an element named as an
    // icon (Gawker's `<span class="icon icon-white notranslate">S</span>`
    // on every picture, a magnifier).
    if matches!(name, "span" | "i")
        && page.measure[id as usize].chars <= 2
        && names_icon(page.dom, id)
    {
        return true;
    }
    if !matches!(
        name,
        "div" | "section" | "ul" | "ol" | "dl" | "table" | "form" | "fieldset" | "span" | "figure"
    ) {
        return false;
    }
    // A sign-up box: a field for an e-mail address and a little text
    // around it (the WAZ's "Newsletter Anmeldung" section in the article,
    // its pitch and its consent line); not a short article's box with its
    // headline and a sign-up form beside the text (Upworthy's).
    if page.measure[id as usize].chars < 600 {
        let (mut email, mut headline) = (false, false);
        for d in page.dom.descendants(id).take(WALK) {
            match page.dom.name(d) {
                Some("h1") => headline = true,
                Some("input") => {
                    email |= page
                        .dom
                        .attr(d, "type")
                        .is_some_and(|t| t.eq_ignore_ascii_case("email"));
                }
                _ => {}
            }
        }
        if email && !headline {
            return true;
        }
    }
    // A span inside a sentence of a paragraph is part of it (a link
    // wrapped for its style: AP's "… polls conducted since <span
    // class="LinkEnhancement"><a …>President Joe Biden ended his
    // reelection campaign</a></span>."), whatever its links; not a link
    // after a label ("MORE: <span><a>…</a></span>", Metro's other stories;
    // "Published under: " and tags): five words at least outside links.
    if name == "span"
        && let Some(p) = paragraph_of(page.dom, id)
        && unlinked_words(page.dom, p) >= 5
    {
        return false;
    }
    let m = page.measure[id as usize];
    if m.commas >= 10 {
        return false;
    }
    // A box of one paragraph that is a sentence, most of it a link, is
    // the article's sentence, not a list of links (the BBC's text blocks:
    // "It also <a>co-ordinates military plans and carries out joint
    // military exercises</a>."): words of its own outside the link, and
    // the sentence's end after it (not "Czytaj więcej <a>Title.</a>").
    if m.paragraphs == 1
        && m.items == 0
        && m.headings == 0
        && m.images == 0
        && matches!(name, "div" | "section")
        && m.chars >= 30
        && unlinked_words(page.dom, id) >= 2
        && ends_outside_links(page.dom, id)
    {
        return false;
    }
    let ld = page.link_density(id);
    let weight = if strength == Furniture::Strong {
        25 * i32::from(content.min(1))
    } else {
        25 * (i32::from(content.min(1)) - i32::from(furniture.min(1)))
    };
    let list = matches!(name, "ul" | "ol" | "dl");
    if m.chars == 0 {
        return true;
    }
    if name == "figure" {
        return false;
    }
    if !list && m.items > m.paragraphs + 3 && ld > 0.2 {
        return true;
    }
    if m.images > 1 && (m.paragraphs as f32) < m.images as f32 * 0.5 && m.chars < 200 {
        return true;
    }
    // A box named for a picture that holds one and a line under it: the
    // picture's caption or credit, however the line is marked (El Mundo's
    // `<div class="foto"><img><p>Izaskun Lesaka.</p></div>`, Business
    // Insider's `<div class="image">` with "Illustration by …", Wikipedia's
    // `thumb`); a how-to's step of a line and a picture is the article's.
    if m.images == 1
        && m.paragraphs <= 1
        && m.items == 0
        && m.headings == 0
        && m.chars < 150
        && matches!(name, "div" | "span")
        && names_picture(page.dom, id)
    {
        return true;
    }
    if m.chars < 25 && m.images == 0 && !page.dom.children(id).any(|c| page.dom.name(c).is_none()) {
        return false;
    }
    if weight < 25 && ld > 0.33 && m.chars < 2000 {
        return true;
    }
    if ld > 0.5 {
        return true;
    }
    false
}

/// Whether a class or id word of `id` is `icon` (or starts so:
/// `icon-white` splits into `icon` and `white`; `icons`).
fn names_icon(dom: &Dom, id: NodeId) -> bool {
    class_words(dom, id).iter().any(|w| w.starts_with("icon"))
}

/// Whether a class or id word of `id` names a picture's box (`image`,
/// `photobox`, `foto`, `thumb`, `bild` …).
fn names_picture(dom: &Dom, id: NodeId) -> bool {
    class_words(dom, id).iter().any(|w| {
        [
            "image", "img", "photo", "foto", "picture", "pic", "thumb", "bild",
        ]
        .iter()
        .any(|p| w.starts_with(p))
    })
}

/// How many nodes the checks of one box below read at most, so that
/// nested boxes (100,000 spans inside spans) are read in time linear in
/// the page: a sentence's box holds far fewer.
const WALK: usize = 400;

/// Whether `t` holds four digits in a row (a year).
fn has_year(t: &str) -> bool {
    t.as_bytes()
        .split(|b| !b.is_ascii_digit())
        .any(|run| run.len() == 4)
}

/// Whether nothing is written after inline element `id` on its line: the
/// nodes after it up to the next block (or the end of the block it is in)
/// hold no text (a dozen read at most).
fn alone_on_line(dom: &Dom, id: NodeId) -> bool {
    let mut at = dom.node(id).next;
    let mut up = id;
    for _ in 0..12 {
        if at == NONE {
            up = dom.node(up).parent;
            match dom.name(up) {
                Some(n) if !is_block_tag(n) && up != 0 => {
                    at = dom.node(up).next;
                    continue;
                }
                _ => return true,
            }
        }
        match &dom.node(at).data {
            Data::Text(t) if !t.trim().is_empty() => return false,
            Data::Element { name, .. } if is_block_tag(&name.local) => return true,
            Data::Element { .. }
                if dom.descendants(at).take(WALK).any(
                    |d| matches!(&dom.node(d).data, Data::Text(t) if !t.trim().is_empty()),
                ) =>
            {
                return false;
            }
            _ => {}
        }
        at = dom.node(at).next;
    }
    false
}

/// The `<p>` that `id` is in, with inline elements only between (a dozen
/// at most).
fn paragraph_of(dom: &Dom, id: NodeId) -> Option<NodeId> {
    let mut at = dom.node(id).parent;
    for _ in 0..12 {
        if at == NONE {
            break;
        }
        match dom.name(at) {
            Some("p") => return Some(at),
            Some(
                "span" | "a" | "em" | "strong" | "b" | "i" | "u" | "small" | "mark" | "sup" | "sub"
                | "cite" | "q" | "abbr" | "time" | "font",
            ) => at = dom.node(at).parent,
            _ => return None,
        }
    }
    None
}

/// Whether the text under `id` ends a sentence outside any link: its last
/// text is in no `<a>` and ends with a sentence's mark.
fn ends_outside_links(dom: &Dom, id: NodeId) -> bool {
    if dom.descendants(id).nth(WALK).is_some() {
        return false;
    }
    let last = dom
        .descendants(id)
        .filter(|&d| matches!(&dom.node(d).data, crate::read::dom::Data::Text(t) if !t.trim().is_empty()))
        .last();
    let Some(last) = last else {
        return false;
    };
    !in_link(dom, last, id)
        && matches!(&dom.node(last).data, crate::read::dom::Data::Text(t) if ends_sentence(t.trim_end()))
}

/// Whether node `d` is inside an `<a>` below `top` (looked for up to
/// [`WALK`] levels).
fn in_link(dom: &Dom, d: NodeId, top: NodeId) -> bool {
    let mut at = dom.node(d).parent;
    for _ in 0..WALK {
        if at == NONE || at == top {
            return false;
        }
        if dom.name(at) == Some("a") {
            return true;
        }
        at = dom.node(at).parent;
    }
    false
}

/// Whether the text under `id` outside its links is a label that points
/// to another story ("À lire aussi", "Lire aussi :", "Lesen Sie auch:",
/// "See also", or any label in capitals before a separator), so that the
/// paragraph is a link to another page.
fn another_story_label(dom: &Dom, id: NodeId) -> bool {
    const LABELS: &[&str] = &[
        "à lire aussi",
        "a lire aussi",
        "lire aussi",
        "lesen sie auch",
        "mehr zum thema",
        "leggi anche",
        "lee también",
        "lea también",
        "lea además",
        "lea más",
        "lee más",
        "leer más",
        "lea",
        "mire",
        "vea también",
        "ver también",
        "te puede interesar",
        "le puede interesar",
        "también te puede interesar",
        "leia também",
        "leia mais",
        "veja também",
        "lesen sie mehr",
        "auch interessant",
        "lees ook",
        "lees meer",
        "czytaj też",
        "czytaj także",
        "читайте также",
        "also read",
        "read also",
        "see also",
        "read more",
        "related",
        "photos",
        "photo gallery",
        "gallery",
        "video",
        "watch",
        "fotos",
        "vídeo",
    ];
    let mut label = String::new();
    for d in dom.descendants(id).take(WALK) {
        if let crate::read::dom::Data::Text(t) = &dom.node(d).data
            && !in_link(dom, d, id)
        {
            label.push_str(t);
            label.push(' ');
            if label.len() > 40 {
                return false;
            }
        }
    }
    let raw = label.trim();
    let core = raw.trim_end_matches([':', '|', '›', '»', '-', '–', ' ']);
    // Or a label in capitals before a separator, in any language: "FUNDA
    // OLUNYE UDABA LAPHA |" (isiZulu, "read another story here"), "LEER
    // MÁS:".
    if raw.ends_with([':', '|', '›', '»'])
        && core.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && !core.chars().any(char::is_lowercase)
        && core.split_whitespace().count() <= 6
    {
        return true;
    }
    LABELS.contains(&core.to_lowercase().as_str())
}

/// A line that asks the reader to follow someone on a social network
/// ("Follow Jefferson Graham on Twitter.", "Follow us on Facebook", "Follow
/// TechRadar on Google News and add us as a preferred source …") or to
/// sign up: the page's, not a sentence of the story.
fn follow_us_line(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    // (Or to sign up: "Subscribe to Nature Briefing: Careers, an
    // unmissable free weekly round-up …", "Sign up for our newsletter".)
    if [
        "subscribe to ",
        "subscribe now",
        "sign up for ",
        "sign up to ",
        "sign up here",
    ]
    .iter()
    .any(|p| t.starts_with(p))
    {
        return true;
    }
    // (Or to get the site's app: "For the latest stories … download the
    // Nationnews apps for iOS and Android.")
    let words: Vec<&str> = t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let word = |w: &str| words.contains(&w);
    if (t.starts_with("download") || t.starts_with("for the latest") || t.contains("download our"))
        && (word("download") || word("downloads"))
        && (word("app") || word("apps"))
        && (word("ios") || word("android") || t.contains("app store") || t.contains("google play"))
    {
        return true;
    }
    [
        "follow ",
        "síguenos",
        "siguenos",
        "suivez",
        "folgen sie",
        "folge uns",
        "join us",
        "join our",
        "únete",
        "keep up with",
        "you can keep up",
        "you can follow",
        "¡mira lo que",
        "¿ya sabías",
    ]
    .iter()
    .any(|p| t.starts_with(p))
        && [
            "twitter",
            "facebook",
            "instagram",
            "linkedin",
            "threads",
            "bluesky",
            "tiktok",
            "youtube",
            "whatsapp",
            "telegram",
            "google news",
            " on x",
            " @",
        ]
        .iter()
        .any(|n| t.contains(n))
}

/// A box named "paywall" that holds paragraphs of prose is the article's
/// text behind the paywall (ABC's `<div class="paywall">` around all its
/// paragraphs and subheadings), not a banner asking to subscribe; one
/// named "ad" that holds them is the article's text in a box its site
/// named so (Cooperativa's `cuerpo-ad`, the body an ad is placed in): an
/// ad's slot holds no paragraphs of prose.
fn gated_box(dom: &Dom, id: NodeId, m: Measure) -> bool {
    if !(m.paragraphs >= 3 && m.chars >= 400 && m.link_chars * 5 < m.chars) {
        return false;
    }
    let mut words = Vec::new();
    [dom.attr(id, "class"), dom.attr(id, "id")]
        .into_iter()
        .flatten()
        .any(|v| {
            v.split_ascii_whitespace()
                .any(|c| c.eq_ignore_ascii_case("paywall"))
                || {
                    words.clear();
                    name_words(v, &mut words);
                    words.iter().any(|w| w == "ad" || w == "ads")
                }
        })
}

/// The words of the text under `id` that is in no link.
fn unlinked_words(dom: &Dom, id: NodeId) -> usize {
    dom.descendants(id)
        .take(WALK)
        .filter_map(|d| match &dom.node(d).data {
            crate::read::dom::Data::Text(t) => Some((d, t)),
            _ => None,
        })
        .filter(|&(d, _)| !in_link(dom, d, id))
        .map(|(_, t)| {
            t.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
        })
        .sum()
}

/// Whether `id` is `top` or inside it.
fn is_inside(dom: &Dom, id: NodeId, top: NodeId) -> bool {
    let mut at = id;
    while at != NONE {
        if at == top {
            return true;
        }
        at = dom.node(at).parent;
    }
    false
}

/// Writes the article's blocks.
struct Writer<'p, 'd> {
    page: &'p Page<'d>,
    blocks: Vec<Block>,
    line: String,
    kind: BlockKind,
    written_chars: usize,
    /// The boxes the article is in, and the boxes around its best-scored
    /// one: never clutter.
    roots: Vec<NodeId>,
}

impl Writer<'_, '_> {
    fn flush(&mut self) {
        let text = if self.kind == BlockKind::Code {
            self.line.trim_matches('\n').to_string()
        } else {
            self.line.trim().to_string()
        };
        self.line.clear();
        if !text.is_empty() {
            self.written_chars += measure_text(&text).0 as usize;
            self.blocks.push(Block {
                kind: self.kind,
                text,
            });
        }
    }

    fn push_text(&mut self, t: &str, pre: bool) {
        if pre {
            self.line.extend(t.chars().filter(|&c| c != '\u{ad}'));
            return;
        }
        for c in t.chars() {
            if c.is_whitespace() {
                if !self.line.is_empty() && !self.line.ends_with([' ', '\t']) {
                    self.line.push(' ');
                }
            } else if c != '\u{ad}' {
                // (A soft hyphen shows only where a line breaks: the word
                // is one word, "Mit\u{ad}tel\u{ad}al\u{ad}ter".)
                self.line.push(c);
            }
        }
    }

    fn walk(&mut self, id: NodeId, kind: BlockKind, pre: bool) {
        let dom = self.page.dom;
        match &dom.node(id).data {
            Data::Text(t) => self.push_text(t, pre),
            Data::Element { name, .. } => {
                let name: &str = &name.local;
                if !self.page.is_in(id) {
                    return;
                }
                // The boxes the article was found in are never clutter.
                if !self.roots.contains(&id) && is_clutter_box(self.page, id, name) {
                    return;
                }
                if name == "br" {
                    self.flush();
                    return;
                }
                if name == "hr" {
                    self.flush();
                    return;
                }
                // A time on a line of its own that gives no year is the
                // article's date line as the site shows it to a reader
                // that day (the BBC's "1 day ago" under the headline), not
                // a sentence of its text; its day is read from the markup.
                // (One with a year stays: it may be the only printed date.)
                if name == "time"
                    && self.line.trim().is_empty()
                    && alone_on_line(dom, id)
                    && !has_year(&dom.text(id))
                {
                    return;
                }
                let inner = match name {
                    "h1" => BlockKind::Heading(1),
                    "h2" => BlockKind::Heading(2),
                    "h3" => BlockKind::Heading(3),
                    "h4" => BlockKind::Heading(4),
                    "h5" => BlockKind::Heading(5),
                    "h6" => BlockKind::Heading(6),
                    "li" | "dt" | "dd" => BlockKind::Item,
                    "blockquote" => BlockKind::Quote,
                    "pre" => BlockKind::Code,
                    "tr" => BlockKind::Row,
                    _ => kind,
                };
                // Cells are separated by a tab; the row is the block.
                let block = is_block_tag(name) && !matches!(name, "td" | "th");
                if block {
                    self.flush();
                    self.kind = inner;
                }
                if matches!(name, "td" | "th") && !self.line.is_empty() {
                    self.line.push('\t');
                }
                let pre = pre || name == "pre";
                for c in dom.children(id) {
                    self.walk(c, inner, pre);
                }
                if block {
                    self.flush();
                    self.kind = kind;
                }
            }
            _ => {}
        }
    }
}

/// The main text of a parsed page (see the module notes).
pub fn main_text(dom: &Dom) -> MainText {
    let page = Page::new(dom);
    let total = page.measure[0].chars as usize;
    let (best, core, parts) = match best_box(&page) {
        // A page that marks its article (`itemprop=articleBody`, one
        // `<article>`) with much more text than the best box outside it
        // (its text in lists, say, and a comment's paragraphs scoring):
        // the marked box.
        Some((best, _, _))
            if let Some(m) = marked_box(&page).filter(|&m| {
                let chars = |id: NodeId| page.measure[id as usize].chars;
                matches!(dom.name(m), Some("article" | "div" | "section" | "main"))
                    && !is_inside(dom, best, m)
                    && !is_inside(dom, m, best)
                    && chars(m) >= 2 * chars(best)
                    && page.link_density(m) < 0.5
            }) =>
        {
            (m, m, vec![m])
        }
        Some((best, core, score)) => {
            let mut parts = article_parts(&page, best, &score);
            add_kin_boxes(&page, best, &mut parts);
            (best, core, parts)
        }
        None => match marked_box(&page) {
            Some(b) => (b, b, vec![b]),
            None => {
                return MainText {
                    blocks: Vec::new(),
                    container: NONE,
                    removed_chars: total,
                    visible_words: page.visible_words,
                    entries: Vec::new(),
                };
            }
        },
    };
    let write = |parts: &[NodeId], core: NodeId| {
        let mut w = Writer {
            page: &page,
            blocks: Vec::new(),
            line: String::new(),
            kind: BlockKind::Paragraph,
            written_chars: 0,
            roots: {
                let mut keep = parts.to_vec();
                let mut at = core;
                while at != NONE {
                    keep.push(at);
                    at = dom.node(at).parent;
                }
                keep
            },
        };
        for &p in parts {
            w.walk(p, BlockKind::Paragraph, false);
            w.flush();
        }
        join_drop_caps(&mut w.blocks);
        (w.blocks, w.written_chars)
    };
    let found = several_articles(&page);
    // Another story appended below the article (a next article loaded as
    // the reader scrolls, with its own headline): the page's is the first.
    let (best, core, parts) = match appended_stories(&page, &parts) {
        Some(first) if found.len() < 2 => (first, first, vec![first]),
        _ => (best, core, parts),
    };
    if found.len() >= 2 {
        let mut written = 0;
        let entries: Vec<Entry> = found
            .into_iter()
            .map(|(node, heading, times)| {
                let (blocks, chars) = write(&[node], node);
                written += chars;
                Entry {
                    node,
                    heading,
                    times,
                    blocks,
                }
            })
            .collect();
        return MainText {
            blocks: entries.iter().flat_map(|e| e.blocks.clone()).collect(),
            container: best,
            removed_chars: total.saturating_sub(written),
            visible_words: page.visible_words,
            entries,
        };
    }
    let (blocks, written) = write(&parts, core);
    MainText {
        blocks,
        container: best,
        removed_chars: total.saturating_sub(written),
        visible_words: page.visible_words,
        entries: Vec::new(),
    }
}

/// A paragraph's first letter set in a box of its own before it (a drop
/// cap: the Evening Standard's `<span>T</span><p>urkey, Poland …`) joins
/// the paragraph; a capital alone before a word that starts with a
/// capital (a letter of an index) stays.
fn join_drop_caps(blocks: &mut Vec<Block>) {
    let single_capital = |b: &Block| {
        let mut c = b.text.chars();
        match (c.next(), c.next()) {
            // (Not a word of one letter: "A", "I", Spanish "Y", "O".)
            (Some(cap), None) if cap.is_uppercase() && !"AIOYEUÀ".contains(cap) => Some(cap),
            _ => None,
        }
    };
    let starts_lower = |b: &Block| b.text.chars().next().is_some_and(char::is_lowercase);
    if !blocks
        .windows(2)
        .any(|w| single_capital(&w[0]).is_some() && starts_lower(&w[1]))
    {
        return;
    }
    let mut joined: Vec<Block> = Vec::with_capacity(blocks.len());
    for mut b in blocks.drain(..) {
        if starts_lower(&b)
            && let Some(cap) = joined.last().and_then(single_capital)
        {
            joined.pop();
            b.text.insert(0, cap);
        }
        joined.push(b);
    }
    *blocks = joined;
}

/// The first of two or more stories inside the article's boxes: `<article>`
/// elements not inside one another, each with an `h1` not hidden, two
/// paragraphs and 400 characters of text that is not links (Dagbladet
/// appends the next story, `<article id="second-article">`, under the
/// one the page is about). None when there are fewer than two.
fn appended_stories(page: &Page, parts: &[NodeId]) -> Option<NodeId> {
    let dom = page.dom;
    let visible = |d: NodeId| page.role[d as usize] == Role::Text;
    let mut stories: Vec<NodeId> = Vec::new();
    for &id in &page.order {
        if dom.name(id) != Some("article")
            || !visible(id)
            || stories.last().is_some_and(|&s| is_inside(dom, id, s))
            || !parts.iter().any(|&p| is_inside(dom, id, p))
        {
            continue;
        }
        let m = page.measure[id as usize];
        if m.chars < 400 || m.paragraphs < 2 || page.link_density(id) > 0.3 {
            continue;
        }
        // (The headline may sit in the story's header, which is page
        // furniture for the text.)
        if dom
            .descendants(id)
            .any(|d| dom.name(d) == Some("h1") && page.role[d as usize] != Role::Invisible)
        {
            stories.push(id);
        }
    }
    (stories.len() >= 2).then(|| stories[0])
}

/// The full articles of a page that holds several — a feed of posts, a
/// live blog's entries: `<article>` elements outside page furniture, not
/// inside one another, each with a headline (`h1`–`h3`), a `<time>`, two
/// paragraphs and 400 characters of text that is not links, which
/// together hold most of the page's text. One long `<article>` with
/// comments or teasers beside it is one article: comments sit in
/// furniture or have no headline, teasers are short.
fn several_articles(page: &Page) -> Vec<(NodeId, NodeId, Vec<NodeId>)> {
    let dom = page.dom;
    let mut found = Vec::new();
    let mut taken: Option<NodeId> = None;
    for &id in &page.order {
        if taken.is_some_and(|t| is_inside(dom, id, t)) {
            continue;
        }
        if dom.name(id) != Some("article") || page.role[id as usize] != Role::Text {
            continue;
        }
        let m = page.measure[id as usize];
        if m.chars < 400 || m.paragraphs < 2 || page.link_density(id) > 0.3 {
            continue;
        }
        let visible = |d: NodeId| page.role[d as usize] == Role::Text;
        let heading = dom
            .descendants(id)
            .find(|&d| matches!(dom.name(d), Some("h1" | "h2" | "h3")) && visible(d));
        let times: Vec<NodeId> = dom
            .descendants(id)
            .filter(|&d| dom.name(d) == Some("time") && visible(d))
            .collect();
        if let Some(h) = heading
            && !times.is_empty()
        {
            found.push((id, h, times));
            taken = Some(id);
        }
    }
    let held: u32 = found.iter().map(|f| page.measure[f.0 as usize].chars).sum();
    if found.len() < 2 || (held as f32) < 0.6 * page.measure[0].chars as f32 {
        return Vec::new();
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_measured_in_characters_with_runs_of_space_as_one() {
        assert_eq!(measure_text("a  b,\tc\u{ff0c}d\u{3000}e"), (10, 2));
        assert_eq!(measure_text("  \u{b}\u{c}"), (0, 0));
        assert_eq!(measure_text("日本語の文章、です。 x"), (12, 1));
        // Every character as the character-by-character count has it.
        for t in [
            "Bogotá,\u{a0}\u{a0}14 — «sí»\u{2009}x\u{85}y\u{1680}z\u{202f}w\u{205f}v",
            "ثم، قال  \u{3000}中文，句子 \u{200b}é\r\n",
            "",
            " ",
        ] {
            let mut chars = 0u32;
            let mut space = true;
            for c in t.chars() {
                if c.is_whitespace() {
                    chars += u32::from(!space);
                    space = true;
                } else {
                    chars += 1;
                    space = false;
                }
            }
            let commas = t
                .chars()
                .filter(|c| matches!(c, ',' | '，' | '、' | '،'))
                .count();
            assert_eq!(measure_text(t), (chars, commas as u32), "{t:?}");
        }
    }

    const P1: &str = "The council voted on Tuesday to rebuild the old bridge over the river, \
                      after two years of debate, three reports and a petition signed by residents.";
    const P2: &str = "Work will start in the spring, the mayor said, and the crossing will close \
                      for eight months while crews replace the deck, the railings and the lights.";
    const P3: &str = "Shop owners on both banks, who had asked for a temporary footbridge, \
                      welcomed the decision but warned that the detour would cost them customers.";

    fn text_of(html: &str) -> Vec<String> {
        main_text(&Dom::parse(html))
            .blocks
            .into_iter()
            .map(|b| b.text)
            .collect()
    }

    /// `n` paragraphs of prose that follow a story's first ones.
    fn rest_of_story(n: usize) -> Vec<String> {
        (0..n)
            .map(|i| {
                format!(
                    "Paragraph {i} of the rest says that the council, the mayor and the shop \
                     owners met again, and that the works, the detour and the costs were discussed."
                )
            })
            .collect()
    }

    fn page(body: &str) -> String {
        format!("<!doctype html><html><head><title>t</title></head><body>{body}</body></html>")
    }

    #[test]
    fn the_article_is_found_among_navigation_sidebars_and_footers() {
        let html = page(&format!(
            "<header class='site-header'><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></header>\
             <div class='cookie-banner'>We use cookies to improve your experience. Accept all cookies?</div>\
             <main><article><h1>Council backs bridge</h1>\
             <div class='share-bar'><a>Share on Facebook</a><a>Share on X</a></div>\
             <div class='article-body'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></article></main>\
             <aside class='sidebar'><h3>Most read</h3><ul><li><a href='/a'>A story about something else entirely, with commas, many</a></li></ul></aside>\
             <footer><p>Copyright 2026 The Town Paper. All rights reserved, everywhere, always.</p></footer>"
        ));
        assert_eq!(text_of(&html), [P1, P2, P3]);
    }

    /// A site that names the box of the article's text after the ads
    /// placed in it (a Chilean radio's `cuerpo-ad`): paragraphs of prose
    /// are the article; a slot named so with a line of text is an ad.
    #[test]
    fn a_box_named_ad_that_holds_paragraphs_of_prose_is_the_article() {
        let teasers: String = (0..12)
            .map(|i| {
                format!(
                    "<article><a href='/n{i}'><h3>Otra noticia número {i} del día, con su título largo                      y sus palabras, para la portada de hoy</h3></a></article>"
                )
            })
            .collect();
        let html = page(&format!(
            "<section>{teasers}</section>\
             <div class='ad-slot'><p>Publicidad: compre hoy, pague mañana, en todas las tiendas.</p></div>\
             <div class='cuerpo-articulo'><div class='cuerpo-ad' id='cuerpo-ad'>\
             <p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div>"
        ));
        assert_eq!(text_of(&html), [P1, P2, P3]);
    }

    /// A page whose site header is opened twice and closed once (a
    /// Panamanian daily's): the browser puts the whole page inside the
    /// second `<header role="banner">`, which then is no furniture. A
    /// header that holds less than the rest of the page still goes.
    #[test]
    fn a_header_left_open_around_the_page_is_a_wrapper_not_furniture() {
        let html = page(&format!(
            "<header id='header' role='banner'><div class='menu'><a href='/'>Fama</a> <a href='/d'>Deportes</a></div></header>\
             <div id='page'><header id='header' role='banner'><div class='section'></div>\
             <main><article><h1>Un músico registra su nombre</h1>\
             <div class='article-body'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></article></main>\
             <footer><p>Copyright 2026 El Diario. Todos los derechos reservados, siempre.</p></footer>"
        ));
        assert_eq!(text_of(&html), [P1, P2, P3]);
        let closed = page(&format!(
            "<header role='banner'><p>Subscribe today, and read every story of the town, its council, \
             its schools and its shops, for one dollar a week.</p></header>\
             <article><div class='article-body'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></article>"
        ));
        assert_eq!(text_of(&closed), [P1, P2, P3]);
    }

    /// A story's first paragraphs each in a box of its own, before the
    /// box with the rest: every box of one paragraph beside the article's
    /// is part of it (the Telegraph's `firstPar` … `fifthPar`); a related
    /// box between them is not.
    #[test]
    fn boxes_of_one_paragraph_beside_the_article_are_its_paragraphs() {
        let more = rest_of_story(6);
        let html = page(&format!(
            "<div id='mainBodyArea'><div class='firstPar'><p>{P1}</p></div>\
             <div class='secondPar'>\n<p>{P2}</p></div>\
             <div class='related_links_inline'><h2>Related Articles</h2><ul>\
             <li><p><a href='/a'>Gypsy flag to fly above town</a></p></li>\
             <li><p><a href='/b'>Water column forms over lake</a></p></li></ul></div>\
             <div class='body'>{}</div></div>\
             <div class='promo'><p>Subscribe now, and read every story, every day, on every device you own.</p>\
             <p>More offers</p></div>",
            more.iter()
                .map(|p| format!("<p>{p}</p>"))
                .collect::<String>()
        ));
        let mut want = vec![P1.to_string(), P2.to_string()];
        want.extend(more.iter().cloned());
        assert_eq!(text_of(&html), want);
        // A short line alone in its box is not taken; nor is anything
        // beside a box the page marks as the article's body.
        let body = more
            .iter()
            .map(|p| format!("<p>{p}</p>"))
            .collect::<String>();
        let html = page(&format!(
            "<div id='main'><div class='x'><p>Sign up for our daily newsletter.</p></div>\
             <div class='body'>{body}</div></div>"
        ));
        assert_eq!(text_of(&html), more);
        let html = page(&format!(
            "<div id='main'><div><p>{P1}</p></div><div itemprop='articleBody'>{body}</div></div>"
        ));
        assert_eq!(text_of(&html), more);
    }

    /// The next story, loaded below the article as the reader scrolls, is
    /// another article: only the first is the page's.
    #[test]
    fn a_story_appended_below_the_article_is_left_out() {
        let story = |id: &str, title: &str, paras: &[&str]| {
            format!(
                "<article id='{id}' class='article-entity'><header><h1 class='headline'>{title}</h1>\
                 <p class='byline'>By Kari Nordmann</p></header><div class='body'>{}</div></article>",
                paras
                    .iter()
                    .map(|p| format!("<p>{p}</p>"))
                    .collect::<String>()
            )
        };
        let html = page(&format!(
            "<main id='main'>{}<aside class='teasers'><a href='/x'>More news</a></aside>{}</main>",
            story("main-article", "Council backs bridge", &[P1, P2, P3]),
            story(
                "next-article",
                "Library opens early",
                &[
                    "The town library will open at seven every weekday from March, the head \
                     librarian said on Monday, so that commuters can borrow books on their way.",
                    "Volunteers from the reading club, who asked for the change last year, will \
                     staff the desk for the first hour until the council hires two more clerks.",
                    "The children's room keeps its hours, and the café on the ground floor, which \
                     closed in the winter, will reopen with the longer day, the library said.",
                ]
            ),
        ));
        assert_eq!(text_of(&html), [P1, P2, P3]);
        // One story alone is read whole.
        let html = page(&format!(
            "<main>{}</main>",
            story("only", "Council backs bridge", &[P1, P2, P3])
        ));
        assert_eq!(text_of(&html), [P1, P2, P3]);
    }

    #[test]
    fn paragraphs_marked_paywall_are_the_article_s_text_and_its_banner_is_not() {
        let html = page(&format!(
            "<article><h1>Council backs bridge</h1><div class='article__body'><p>{P1}</p>\
             <p class='paywall'>{P2}</p><p class='paywall'>{P3}</p></div>\
             <div class='paywall'><p>Subscribe for one dollar a week to keep reading every story we publish, today.</p></div></article>"
        ));
        assert_eq!(text_of(&html), [P1, P2, P3]);
        // A box named "paywall" around the article's paragraphs is them,
        // hidden until a script shows them or not, and so is a sentence's
        // end so named (ABC's).
        let p4 = P1.replace("bridge", "road");
        let html = page(&format!(
            "<div class='menu'><p>{}</p></div><article><h1>Council backs bridge</h1><div class='v-d'>\
             <p>The council voted on Tuesday <span class='c-text'> ... </span><span class='paywall'>to rebuild the old bridge.</span></p>\
             <div class='paywall' hidden><p>{P1}</p><p>{P2}</p><h3>The vote</h3><p>{P3}</p><p>{p4}</p></div></div></article>",
            "Other stories: the ferry timetable changes in May, the library opens on Sundays, the market \
             moves to the square, the school fair is on Saturday, and the swimming pool closes for repairs \
             until the summer. "
                .repeat(5)
        ));
        assert_eq!(
            text_of(&html),
            [
                "The council voted on Tuesday ... to rebuild the old bridge.",
                P1,
                P2,
                "The vote",
                P3,
                &p4
            ]
        );
    }

    /// A box whose class names the text behind the paywall holds the
    /// rest of the article (Dainik Bhaskar's `paywallBlockedContent`).
    #[test]
    fn a_box_named_for_the_gated_content_is_the_article_s_text() {
        let html = page(&format!(
            "<article><h1>Council backs bridge</h1><div class='story'><p>{P1}</p>\
             <div class='a59 paywallBlockedContent'><p>{P2}</p><p>{P3}</p></div>\
             <div class='paywall-banner'><p>Subscribe for one dollar a week to keep reading every story we publish, today.</p></div>\
             </div></article>"
        ));
        assert_eq!(text_of(&html), [P1, P2, P3]);
    }

    #[test]
    fn a_video_s_consent_notice_is_not_text() {
        let html = page(&format!(
            "<article><div class='article-body'><p>{P1}</p>\
             <div class='box embed' itemscope itemtype='https://schema.org/VideoObject'><div class='h3'>Recommended content</div>\
             <p>At this point you will find external content from a video site that adds to the article, shown with one click.</p></div>\
             <p>{P2}</p><p>{P3}</p></div></article>"
        ));
        assert_eq!(text_of(&html), [P1, P2, P3]);
    }

    #[test]
    fn utility_classes_with_a_variant_name_no_box() {
        // Each paragraph in a box of its own, the boxes in a column whose
        // classes are Tailwind's (`print:hidden` hides it on paper only).
        let chunk = |p: &str| {
            format!(
                "<div class='group dark:text-white print:max-w-small'><div class='my-6 desktop:my-8'><p class='richtext'>{p}</p></div></div>"
            )
        };
        let html = page(&format!(
            "<h1>Council backs bridge</h1><div class='print:hidden after:table'>{}{}{}</div>\
             <aside class='portal print:hidden'><p>An advertisement for a bank that has nothing to do with bridges at all.</p></aside>",
            chunk(P1),
            chunk(P2),
            chunk(P3)
        ));
        assert_eq!(text_of(&html), [P1, P2, P3]);
    }

    #[test]
    fn a_related_box_inside_the_body_goes_without_cutting_the_body() {
        let html = page(&format!(
            "<div class='story'><p>{P1}</p>\
             <div class='related-articles'><h4>Related</h4><ul>\
             <li><a href='/1'>Mayor opens new library in the north district</a></li>\
             <li><a href='/2'>Floods close two roads near the river again</a></li></ul></div>\
             <p>{P2}</p><p>{P3}</p></div>"
        ));
        assert_eq!(text_of(&html), [P1, P2, P3]);
    }

    #[test]
    fn reader_comments_captions_and_hidden_text_are_out() {
        let html = page(&format!(
            "<article><div class='entry-content'><p>{P1}</p>\
             <figure><img src='b.jpg'><figcaption>The old bridge at dusk. Photo: J. Smith</figcaption></figure>\
             <p>{P2}</p><p style='display:none'>Hidden text that a reader never sees on the page at all.</p>\
             <p hidden>Also hidden from every reader of this page, whatever they do.</p>\
             <p>{P3}</p></div></article>\
             <section id='comments'><h3>3 comments</h3>\
             <div class='comment'><p>I have lived here for forty years, and this bridge has always been a problem, believe me.</p></div>\
             <div class='comment'><p>Finally, some common sense from the council, after years and years of waiting for it.</p></div>\
             </section>"
        ));
        assert_eq!(text_of(&html), [P1, P2, P3]);
    }

    /// The page's own lines inside the article: a label and another
    /// story's link ("PHOTOS: …"), a line asking to follow someone on a
    /// social network or to sign up, Disqus's credit, an opt-in form.
    #[test]
    fn follow_and_sign_up_lines_and_a_photos_link_are_out() {
        let html = page(&format!(
            "<article><div class='story-body'><p>{P1}</p>\
             <p><strong>PHOTOS: </strong><a href='/g'>Earthquake Shakes the Northeastern U.S.</a></p>\
             <p>{P2}</p><p>Follow <a href='https://twitter.com/jo'>Jo Ruiz</a> on Twitter.</p>\
             <p>Sign up for Command Line, a paid weekly newsletter about the industry. Your first month is free!</p>\
             <div id='optinforms-form5-disclaimer'>We hate spam. Your email address will not be sold or shared.</div>\
             <p>{P3}</p><a href='http://disqus.com' class='dsq-brlink'>blog comments powered by Disqus</a>\
             </div></article>"
        ));
        assert_eq!(text_of(&html), [P1, P2, P3]);
        // A sentence that follows someone is the story's.
        let story = "Reporters follow the mayor on foot as she walks the route of the new bridge, \
                     stopping at every shop on both banks.";
        let html = page(&format!(
            "<article><div class='story-body'><p>{P1}</p><p>{story}</p><p>{P2}</p></div></article>"
        ));
        assert_eq!(text_of(&html), [P1, story, P2]);
    }

    /// A picture's box with a line under it is a caption however the line
    /// is marked, and an icon font's letter on a picture is no text; a
    /// how-to's step of a line and a picture is the article's.
    #[test]
    fn a_picture_s_box_with_a_line_is_a_caption_and_a_step_is_not() {
        let html = page(&format!(
            "<article><div class='story-body'><div class='foto' style='width: 230px'>\
             <img src='a.jpg'><p>Izaskun Lesaka.</p></div><p>{P1}</p>\
             <div class='image on-image'><img src='b.jpg'><p class='source'><span>Illustration by Jo Ruiz</span></p></div>\
             <p>{P2}</p><div class='thumb tright'><div class='thumbinner'><img src='c.jpg'>\
             <div class='thumbcaption'>Firefox logo</div></div></div><p>{P3}</p>\
             <p><img src='d.jpg'><span class='magnifier'><span class='icon icon-white notranslate'>S</span></span></p>\
             </div></article>"
        ));
        assert_eq!(text_of(&html), [P1, P2, P3]);
        let steps = page(&format!(
            "<article><div class='steps'><p>{P1}</p><p>{P2}</p><p>{P3}</p>\
             <div class='mod step'><div class='stepContent'><span>Step 2</span>\
             <p>Insert your plant into the hole.</p></div><figure><img src='s.jpg'></figure></div>\
             </div></article>"
        ));
        assert!(
            text_of(&steps).contains(&"Insert your plant into the hole.".to_string()),
            "{:?}",
            text_of(&steps)
        );
    }

    /// A page that React streams in parts (Anadolu Agency's): the article
    /// arrives in a hidden `<div id="S:1a">` that a script moves into its
    /// place; a hidden element of any other id stays out.
    #[test]
    fn a_streamed_part_of_a_page_is_shown_as_the_script_shows_it() {
        let html = page(&format!(
            "<main><template id='B:1a'></template></main>\
             <div hidden id='S:1a'><section><div class='prose'><p>{P1}</p><p>{P2}</p>\
             <p>{P3}</p></div></section></div><script>$RC('B:1a','S:1a')</script>\
             <div hidden id='cookie-note'><p>We use cookies to measure how often the pages of this site are read.</p></div>"
        ));
        assert_eq!(text_of(&html), [P1, P2, P3]);
    }

    #[test]
    fn headings_lists_tables_and_quotes_in_the_body_are_kept_as_blocks() {
        let html = page(&format!(
            "<div id='article-body'><p>{P1}</p><h2>What changes</h2>\
             <ul><li>The deck is replaced.</li><li>The lights are new.</li></ul>\
             <blockquote><p>It is the right decision for the town.</p></blockquote>\
             <table><tr><th>Phase</th><th>Months</th></tr><tr><td>Deck</td><td>5</td></tr></table>\
             <p>{P2}</p><p>{P3}</p></div>"
        ));
        let dom = Dom::parse(&html);
        let got: Vec<(BlockKind, String)> = main_text(&dom)
            .blocks
            .into_iter()
            .map(|b| (b.kind, b.text))
            .collect();
        assert_eq!(
            got,
            [
                (BlockKind::Paragraph, P1.to_string()),
                (BlockKind::Heading(2), "What changes".into()),
                (BlockKind::Item, "The deck is replaced.".into()),
                (BlockKind::Item, "The lights are new.".into()),
                (
                    BlockKind::Quote,
                    "It is the right decision for the town.".into()
                ),
                (BlockKind::Row, "Phase\tMonths".into()),
                (BlockKind::Row, "Deck\t5".into()),
                (BlockKind::Paragraph, P2.to_string()),
                (BlockKind::Paragraph, P3.to_string()),
            ]
        );
    }

    #[test]
    fn text_without_spaces_is_measured_in_characters() {
        // Japanese (no spaces between words): measured by characters, the
        // article is found and kept whole.
        let ja = [
            "東京都は二十日、新しい橋の建設計画を発表した。工事は来年の春に始まり、約八か月かかる見込みだ。",
            "地元の商店主たちは、工事期間中の仮設の歩道橋の設置を求めており、市は検討すると答えた。",
            "市長は記者会見で、安全のために必要な工事だと述べ、住民の理解を求めた。",
        ];
        let html = page(&format!(
            "<nav><a>ホーム</a><a>ニュース</a></nav><div class='article'><p>{}</p><p>{}</p><p>{}</p></div>",
            ja[0], ja[1], ja[2]
        ));
        assert_eq!(text_of(&html), ja);
    }

    #[test]
    fn a_wrapper_named_like_furniture_that_holds_the_page_is_not_removed() {
        // "has-sidebar" on the box around everything.
        let html = page(&format!(
            "<div class='layout has-sidebar'><div class='post'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>\
             <div class='sidebar'><p>About the author of this blog, who writes about towns, bridges and rivers.</p></div></div>"
        ));
        assert_eq!(text_of(&html), [P1, P2, P3]);
        // A section whose id is a heading's slug is not "sharing" furniture.
        let html = page(&format!(
            "<div class='content'><div class='section' id='sharing-with-a-single-developer'><h2>Sharing</h2><p>{P1}</p>\
             <p>{P2}</p></div><div class='section' id='setting-up'><p>{P3}</p></div></div>"
        ));
        assert_eq!(text_of(&html), ["Sharing", P1, P2, P3]);
    }

    /// A link wrapped in a span for its style stays in its sentence (AP's
    /// `LinkEnhancement`, a Spanish paper's inline link); a link after a
    /// label ("MORE:", Metro's other stories) is no sentence and goes.
    #[test]
    fn a_wrapped_link_inside_a_sentence_stays_in_it() {
        let sentence = "Harris and Trump are neck-and-neck in most national polls conducted since \
             <span class='LinkEnhancement'><a class='Link' href='/a'>President Joe Biden ended his reelection campaign</a></span>.";
        let frase = "El consumo de agua bajó un tercio, según \
             <span class='enlace'><a href='/b'>una encuesta de la Confederación Hidrográfica del Tajo</a></span> publicada en mayo.";
        let html = page(&format!(
            "<article><p>{P1}</p><p>{sentence}</p><p>{frase}</p>\
             <p>MORE: <span><a href='/c'>Map shows scale of the latest missile strikes on the region</a></span></p>\
             <p>{P2}</p></article>"
        ));
        let text = text_of(&html);
        assert!(
            text.iter()
                .any(|t| t.ends_with("since President Joe Biden ended his reelection campaign.")),
            "{text:?}"
        );
        assert!(
            text.iter().any(|t| t.contains(
                "según una encuesta de la Confederación Hidrográfica del Tajo publicada en mayo."
            )),
            "{text:?}"
        );
        assert!(
            !text
                .iter()
                .any(|t| t.contains("Map shows") || t.contains("Keystone")),
            "{text:?}"
        );
    }

    /// A box of one sentence that is mostly a link stays (the BBC's text
    /// blocks); a box of a label and a linked title does not.
    #[test]
    fn a_box_of_one_linked_sentence_is_the_article_s() {
        let block =
            |p: &str| format!("<div data-component='text-block'><div><p>{p}</p></div></div>");
        let linked = "It also <a href='https://example.org/plans'>co-ordinates military plans and \
             carries out joint military exercises</a>.";
        let html = page(&format!(
            "<article><h1>Nato</h1>{}{}{}{}{}</article>",
            block(P1),
            block(linked),
            block(P2),
            block("Read more: <a href='/other'>Ministers meet again over the budget.</a>"),
            block(P3),
        ));
        assert_eq!(
            text_of(&html),
            [
                "Nato",
                P1,
                "It also co-ordinates military plans and carries out joint military exercises.",
                P2,
                P3
            ]
        );
    }

    /// A paragraph of a label and a link to another story, in the
    /// languages sites write them in (a Nicaraguan site's "Lea también:",
    /// "Lea más:", "Lea:"; a Panamanian one's "Mire:"), is not text; a
    /// sentence that starts with such a word is.
    #[test]
    fn a_label_and_a_link_to_another_story_is_not_text_in_spanish_either() {
        let teaser = |label: &str| {
            format!(
                "<p>{label} <a href='/otra'>Impiden ingreso a un reportero y su camarógrafo</a></p>"
            )
        };
        let html = page(&format!(
            "<article><h1>Noticia</h1><p>{P1}</p>{}<p>{P2}</p>{}{}{}{}<p>{P3}</p>\
             <p>Lea <a href='/lea'>Lea Müller</a> ganó el torneo, y su hermana, la final de dobles.</p>\
             <h6><strong>Mire: </strong><a href='/otra'>El cantante da positivo</a></h6>\
             <h2><a href='#plan'>El plan del ministerio</a></h2></article>",
            teaser("Lea también:"),
            teaser("Lea más:"),
            teaser("Lea:"),
            teaser("<strong>Mire: </strong>"),
            teaser("Читайте также:"),
        ));
        assert_eq!(
            text_of(&html),
            [
                "Noticia",
                P1,
                P2,
                P3,
                "Lea Lea Müller ganó el torneo, y su hermana, la final de dobles.",
                "El plan del ministerio"
            ]
        );
    }

    /// Lines that ask the reader to follow the site, join its channel or
    /// get its app (a Barbadian, a Guatemalan and a tech site's) are the
    /// page's; sentences of a story that name a network are not.
    #[test]
    fn calls_to_follow_join_or_download_are_not_sentences() {
        for l in [
            "Follow us on Facebook",
            "Siguenos en Telegram, Instagram, Facebook y Twitter",
            "¿Ya sabías que en Guatemala.com tenemos canal de Telegram? Únete desde tu celular.",
            "¡Mira lo que tiene nuestro canal de YouTube!",
            "You can keep up with me on Twitter and Instagram.",
            "For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.",
            "Download our app on the App Store and Google Play.",
            "Subscribe now to our eNATION edition for the full story.",
        ] {
            assert!(follow_us_line(l), "{l}");
        }
        for l in [
            "The minister said on Twitter that talks would follow in May.",
            "Apple will let users download apps from outside its App Store, the commission said.",
            "Downloads of the app rose after the previous update, the company said.",
            "Followers of the party met in Bogotá on Sunday.",
            "Join the march, the union told its members on WhatsApp.",
        ] {
            assert!(!follow_us_line(l), "{l}");
        }
    }

    /// A story whose paragraphs sit in boxes of one class in two rows of
    /// the page's grid (Politico's `story-text`: the first paragraphs in
    /// a row above, among share buttons and an ad): both rows are its
    /// text, in order.
    #[test]
    fn paragraphs_in_boxes_of_one_class_in_two_rows_are_one_story() {
        let more = rest_of_story(5);
        let rest: String = more
            .iter()
            .map(|p| format!("<p class='p'>{p}</p>"))
            .collect();
        const P4: &str = "The mayor said the bridge, closed since March, would reopen in the autumn of next year, if the works stay on time.";
        // (Deep in its row, as Politico's: the row's score does not come
        // from those paragraphs.)
        let html = page(&format!(
            "<main><section class='row row--story'><div class='c'><div class='c'><aside class='share'>\
             <a href='/fb'>Facebook</a></aside><div class='c'><div class='c'><div class='story-text'>\
             <p class='p'>{P1}</p><p class='p'>{P2}</p><aside class='ad'><p>Advertisement</p></aside>\
             <p class='p'>{P3}</p><p class='p'>{P4}</p></div></div></div></div></div></section>\
             <section class='row row--story main-section'><div class='c'><div class='story-text'>\
             {rest}</div></div></section></main>"
        ));
        let mut want = vec![
            P1.to_string(),
            P2.to_string(),
            P3.to_string(),
            P4.to_string(),
        ];
        want.extend(more.iter().cloned());
        assert_eq!(text_of(&html), want);
    }

    /// A drop cap in a box of its own joins its paragraph's first word;
    /// a capital alone before a capitalised word is a letter of an index.
    #[test]
    fn a_drop_cap_set_apart_joins_its_word() {
        let html = page(&format!(
            "<article><div id='main'><div class='b'><span class='cap'>T</span><p>urkey, Poland and \
             the islands of Bonaire, St Eustatius and Saba have been removed from the list of \
             travel corridors, the minister said.</p></div><div class='b'><p>{P1}</p></div>\
             <div class='b'><p>{P2}</p></div><div class='b'><h2>B</h2><p>{P3}</p></div></div></article>"
        ));
        assert_eq!(
            text_of(&html),
            [
                "Turkey, Poland and the islands of Bonaire, St Eustatius and Saba have been removed \
                 from the list of travel corridors, the minister said.",
                P1,
                P2,
                "B",
                P3
            ]
        );
    }

    /// Soft hyphens show only where a line breaks (German and French
    /// sites set them in every long word, the Washington Post in names):
    /// the word is one word.
    #[test]
    fn soft_hyphens_are_not_kept_in_the_text() {
        let html = page(
            "<article><p>Schon im Mit&shy;tel&shy;al&shy;ter war der Wein das Aus\u{ad}hän\u{ad}ge\u{ad}schild \
             der Region, sagte Netan&shy;yahu, und der Wein blieb es bis heute.</p><pre>co&shy;de</pre></article>",
        );
        assert_eq!(
            text_of(&html),
            [
                "Schon im Mittelalter war der Wein das Aushängeschild der Region, sagte Netanyahu, \
                 und der Wein blieb es bis heute.",
                "code"
            ]
        );
    }

    /// Text clipped to a pixel for screen readers is not read as the
    /// sentence's (Reuters: "The report, opens new tab by …").
    #[test]
    fn text_for_screen_readers_only_is_left_out() {
        let hidden = "<span style=\"border:0;clip:rect(0 0 0 0);clip-path:inset(50%);height:1px;margin:-1px;\
             overflow:hidden;padding:0;position:absolute;width:1px;white-space:nowrap\">, opens new tab</span>";
        let html = page(&format!(
            "<article><p>{P1}</p><p>The <a href='/r'>report{hidden}</a> by the institute was published on Monday, \
             the agency said.</p><p>{P2}</p></article>"
        ));
        assert_eq!(
            text_of(&html),
            [
                P1,
                "The report by the institute was published on Monday, the agency said.",
                P2
            ]
        );
    }

    /// A box named as a teaser that holds the article's first paragraphs,
    /// each in a box named as its text, is the article's (the Washington
    /// Post's lead before its paywall); an author's box with a line about
    /// them is not.
    #[test]
    fn a_teaser_box_of_the_article_s_own_paragraphs_stays() {
        let html = page(&format!(
            "<article><h1>Storms</h1><div class='teaser-content'>\
             <div class='article-body'><p>{P1}</p></div><div class='article-body'><p>{P2}</p></div></div>\
             <div class='article-body'><p>{P3}</p></div>\
             <div class='author'><div class='text'><p>Seit 2019 bei der Zeitung, schreibt über Wetter und Städte.</p></div></div>\
             </article>"
        ));
        assert_eq!(text_of(&html), ["Storms", P1, P2, P3]);
    }

    /// A box named as an infobox inside the article is a box of other
    /// things (AP's "What to know about the 2024 Election" of links and
    /// newsletters, Hessenschau's `infobox` of contacts), not its text.
    #[test]
    fn an_infobox_in_the_article_is_not_its_text() {
        for infobox in [
            "<div class='Infobox'><div class='Infobox-items RichTextBody'><p><b>What to know about the 2024 Election</b></p>\
             <ul><li><b>Ground Game:</b> <span><a href='/n'>Sign up for the weekly politics newsletter</a></span> to get it in your inbox every Monday.</li></ul></div></div>",
            "<div class='infobox copytext__clearBox'><p class='infobox__text'>Sie haben Fragen zum Thema? Schreiben Sie uns, wir antworten jeden Werktag.</p></div>",
            // (And a box of the same kind named for the app it sells.)
            "<div class='whatsapp-group'><strong class='wapp-head'>Get the latest General Election news to your phone</strong> \
             <a class='wapp-btn' href='/w'>Join us on WhatsApp</a><p class='wapp-inf'>Our community members are treated to special offers, promotions and adverts.</p></div>",
        ] {
            let html = page(&format!(
                "<article><p>{P1}</p>{infobox}<p>{P2}</p></article>"
            ));
            assert_eq!(text_of(&html), [P1, P2], "{infobox}");
        }
    }

    /// Boxes inside the article that sign the reader in, hold an ad, skip
    /// past a promotion or open the comments are not its text (Postmedia,
    /// the Mirror, the Guardian; a box named "body" inside the comments is
    /// the panel's body, not the article's).
    #[test]
    fn sign_in_ad_skip_and_comment_boxes_in_the_article_are_not_its_text() {
        let rules = format!(
            "Please keep comments relevant and respectful. Comments may take up to an hour to appear on the site. \
             You will receive an email if there is a reply to your comment, an update to a thread you follow or if \
             a user you follow comments. Visit our guidelines for more information. {P3}"
        );
        let boxes = [
            format!(
                "<div class='story-footer'><section class='comments__section' id=comments>\
                 <details class='expansion-panel comments__section__list' open><summary><span>Join the Conversation</span></summary>\
                 <div class='expansion-panel__body'><p class='comments__disclaimer'>{rules}</p></div></details></section></div>"
            ),
            "<div class='identity-screen'><div id=auth-screen-form><h2 class='blocker-title'>Sign In or Create an Account</h2>\
             <form><input name=e><span>or</span><button>Continue</button></form></div></div>"
                .to_string(),
            "<div class='BoxStyles_box-container__Qk3WH BoxStyles_commercial__Wo6Z4'>\
             <span class='sc-6a536001-0'>Article continues below</span></div>"
                .to_string(),
            "<figure class=' dcr-173mewl'><a href='#EmailSignup-skip-link-7'>skip past newsletter promotion</a>\
             <aside aria-label='newsletter promotion'><p>Sign up to First Edition, our free daily newsletter.</p></aside>\
             <p id='EmailSignup-skip-link-7' tabindex=0>after newsletter promotion</p></figure>"
                .to_string(),
            // How to cite it (Legal Tribune Online's "Zitiervorschlag").
            "<div class='citewrapper'><div class='headline'>Zitiervorschlag</div>             <p id='citeArticleContent'>Waffenlieferungen an Israel: In: Legal Tribune Online, 20.10.2025,              <em>https://www.lto.de/persistent/a_id/58420</em> (abgerufen am: 20.10.2025)</p>             <button>Kopieren</button><a href='/rechtliches/zitierhinweise'>Infos zum Zitiervorschlag</a></div>"
                .to_string(),
        ];
        let p4 = P1.replace("bridge", "road");
        let kept: Vec<&String> = boxes
            .iter()
            .filter(|b| {
                let html = page(&format!(
                    "<article><p>{P1}</p>{b}<p>{P2}</p><p>{P3}</p><p>{p4}</p></article>"
                ));
                text_of(&html) != [P1, P2, P3, &p4]
            })
            .collect();
        assert!(kept.is_empty(), "kept: {kept:#?}");
        // Links to places on the page that are a heading's own anchor, an
        // entry of its contents or a note's mark stay.
        let html = page(&format!(
            "<article><ul class=toc><li><a href='#vote'>The vote</a></li></ul><p>{P1}<sup><a href='#n1'>[1]</a></sup></p>\
             <h2 id=vote><a href='#vote'>The vote</a></h2><p>{P2}</p></article>"
        ));
        assert_eq!(
            text_of(&html),
            ["The vote", &format!("{P1}[1]"), "The vote", P2]
        );
    }

    /// A time on a line of its own that gives no year ("1 day ago" under
    /// the BBC's headline) is not the article's text; one with a year, or
    /// inside a sentence, is.
    #[test]
    fn a_relative_time_on_its_own_line_is_not_text() {
        let html = page(&format!(
            "<article><h1>Bridge</h1><div class='sc-e56a85d5-0'><time datetime='2026-04-24T11:16:53Z'>1 day ago</time>\
             <div class='sc-e56a85d5-3'><span>Duncan Walker</span></div></div><p>{P1}</p>\
             <div><span><time datetime='2026-04-24'>Friday</time></span> </div><p>{P2}</p>\
             <div><time datetime='2026-04-23'>23 April 2026</time></div>\
             <p>The vote was held <time datetime='2026-04-21'>on Tuesday</time>, officials said.</p></article>"
        ));
        assert_eq!(
            text_of(&html),
            [
                "Bridge",
                "Duncan Walker",
                P1,
                P2,
                "23 April 2026",
                "The vote was held on Tuesday, officials said."
            ]
        );
    }

    /// A paragraph that is all one link (another story's headline, an
    /// app's advert) is not the article's text; a sentence with a link in
    /// it is.
    #[test]
    fn a_paragraph_that_is_all_one_link_is_not_text() {
        let html = page(&format!(
            "<article><p>{P1}</p><p><a href='/w'><strong>WHAT ARE THE TOWN'S PLANS FOR THE PORT?</strong></a></p>\
             <p>{P2}</p><p><strong><a href='/app'>CLICK HERE TO GET THE TOWN NEWS APP</a></strong>&nbsp;</p>\
             <p>Read <a href='/r'>the council's report</a> online.</p><p>{P3}</p>\
             <p class='fig-body-link'><span class='fig-body-link__prefix'>À lire aussi</span> \
             <a href='/other'>La natalité russe menacée d’effondrement</a></p>\
             <p><strong>FUNDA OLUNYE UDABA LAPHA |</strong> <a href='/z'>Kuboshwe abahlanu besolwa ngokugwaza umfundi</a></p>\
             <p><b>LEER MÁS:</b> <a href='/l'>El puerto abre otra vez</a></p>\
             <p>The <b>NATO:</b> <a href='/n'>summit opened in Vilnius</a></p></article>"
        ));
        // (A label in capitals before a separator, in any language, points
        // to another story; words in lower case are a sentence's.)
        assert_eq!(
            text_of(&html),
            [
                P1,
                P2,
                "Read the council's report online.",
                P3,
                "The NATO: summit opened in Vilnius"
            ]
        );
    }

    #[test]
    fn a_sign_up_box_in_the_article_is_not_its_text() {
        let html = page(&format!(
            "<article><p>{P1}</p><p>{P2}</p><section aria-label='Newsletter'><h3>Town Weekly</h3>\
             <p>Every Sunday: the week in the town, in five minutes.</p><form action='/s' method='post'>\
             <input type='email' name='email'><button>Sign up</button></form>\
             <p>By signing up I agree to receive offers.</p></section><p>{P3}</p></article>"
        ));
        assert_eq!(text_of(&html), [P1, P2, P3]);
        // A short article whose box holds a sign-up form beside its text
        // (Upworthy's): the box with the headline is the article's.
        let html = page(
            "<div class='wrapper'><div class='row'><div class='story'><h1>A dog and his vet</h1>\
             <p>Every vet who needs a dog should get one, he said.</p>\
             <form method='post'><input name='email' type='email'></form>\
             <p>To learn more about the dog and his owner, click play.</p></div>\
             <div class='col-md-4'><a href='/1'>One</a> <a href='/2'>Two</a></div></div></div>",
        );
        assert!(
            text_of(&html).iter().any(|t| t.starts_with("Every vet")),
            "{:?}",
            text_of(&html)
        );
    }

    #[test]
    fn a_page_of_lists_or_line_breaks_falls_back_to_its_marked_box() {
        let html = page(
            "<div class='menu'><a>Home</a></div><article class='post'><h2>Highlights</h2><ul>\
             <li>The new release is out with faster startup.</li><li>Two old bugs were fixed.</li></ul></article>",
        );
        assert_eq!(
            text_of(&html),
            [
                "Highlights",
                "The new release is out with faster startup.",
                "Two old bugs were fixed."
            ]
        );
        let html = page("<div>First line of a poem<br>second line of it<br><br>third line</div>");
        assert_eq!(
            text_of(&html),
            ["First line of a poem", "second line of it", "third line"]
        );
        assert!(text_of(&page("<script>var x = 1;</script>")).is_empty());
    }

    #[test]
    fn a_weak_furniture_word_on_the_article_s_column_does_not_take_it_out() {
        // Blogger: the post sits in "widget Blog"; a real widget beside it.
        let html = page(&format!(
            "<div id='main'><div class='widget Blog' id='Blog1'><div class='post hentry'>\
             <div class='post-body'><p>{P1}</p><p>{P2}</p><p>{P3}</p>\
             <div class='post-footer'><span class='post-author'>Posted by Ana</span></div></div></div></div></div>\
             <div class='sidebar'><div class='widget PopularPosts'><ul><li><a>One</a></li><li><a>Two</a></li></ul></div>\
             <div class='widget Text'><p>Welcome to my blog about towns, bridges and rivers, and the people who use them.</p></div></div>"
        ));
        assert_eq!(text_of(&html), [P1, P2, P3]);
    }

    #[test]
    fn a_layout_grid_named_sidebar_that_holds_the_article_is_not_furniture() {
        let html = page(&format!(
            "<main><article><div class='sidebar-grid sidebar-grid--is-narrow'><div class='sidebar-grid__container'>\
             <div class='sidebar-grid__content article__content'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>\
             <div class='sidebar-grid__sidebar'><p>Read next: the mayor's plan for the port.</p></div></div></div></article>\
             <aside><h2>More from the town</h2><p>{}</p><p>{}</p><p>{}</p><p>{}</p></aside></main>",
            P1.replace("bridge", "road"),
            P2.replace("bridge", "road"),
            P3.replace("deck", "roof"),
            P1.replace("river", "lake")
        ));
        // (Without the rule, the grid is a sidebar and the article is lost:
        // the four paragraphs of the aside are all that is left.)
        assert_eq!(text_of(&html), [P1, P2, P3]);
    }

    #[test]
    fn a_marked_article_of_lists_beats_a_few_paragraphs_outside_it() {
        let items: Vec<String> = (1..=12)
            .map(|i| format!("<li>Item {i}: the team landed change number {i} in the release, with its tests and notes.</li>"))
            .collect();
        let html = page(&format!(
            "<main><article class='post'><h2>Highlights</h2><ul>{}</ul></article>\
             <section class='discussion'><blockquote class='entry-content'><p>{P1}</p><p>{P2}</p></blockquote></section></main>",
            items.concat()
        ));
        let got = text_of(&html);
        assert_eq!(got.len(), 13, "{got:#?}");
        assert_eq!(got[0], "Highlights");
        assert!(!got.iter().any(|t| t == P1));
    }

    /// Paragraphs of a Spanish how-to and a long report, with commas as
    /// prose has them.
    fn spanish(n: usize, topic: &str) -> Vec<String> {
        (1..=n)
            .map(|i| {
                format!(
                    "Paso {i} de {topic}: riegue la tierra, espere un día entero y, \
                     si las hojas siguen secas, cambie la maceta de lugar, lejos del sol \
                     directo, del viento y de la calefacción, como explica la guía número {i}."
                )
            })
            .collect()
    }

    #[test]
    fn the_steps_of_a_how_to_in_boxes_of_their_own_are_one_article() {
        // Each step in its own box, most wrapped in further boxes, with
        // ads between: the steps score alike, so the box around them is
        // the article.
        let steps = spanish(5, "la terraza");
        let mut body = format!(
            "<div class='step'><div class='step-text'><p>{}</p></div></div>",
            steps[0]
        );
        for s in &steps[1..] {
            body.push_str(&format!(
                "<div class='ad-slot'>Publicidad</div>\
                 <span><span><div class='step'><div class='step-text'><p>{s}</p></div></div></span></span>"
            ));
        }
        let html = page(&format!(
            "<nav><a href='/'>Inicio</a> <a href='/jardin'>Jardín</a></nav>\
             <div class='layout'><article>{body}</article>\
             <aside><h3>Lo más leído</h3><p>Cómo podar un rosal en invierno, paso a paso, sin dañar las ramas nuevas ni los brotes.</p></aside></div>"
        ));
        assert_eq!(text_of(&html), steps);
    }

    #[test]
    fn an_article_cut_in_two_sections_of_one_class_is_read_whole() {
        // The text before a wide figure sits deep in a column beside a
        // sidebar; the text after it in a box of the same class, less
        // deep.
        let before = spanish(4, "la primera parte");
        let after = spanish(6, "la segunda parte");
        let ps = |v: &[String]| v.iter().map(|p| format!("<p>{p}</p>")).collect::<String>();
        let html = page(&format!(
            "<div class='story'><div class='block'><div class='wrapper'><div class='columns'><div class='column'>\
             <aside class='sidebar'><a href='/tags/jardin'>jardín</a> <a href='/tags/casa'>casa</a></aside>\
             <section><div class='part-text'>{}</div></section></div></div></div></div>\
             <figure class='wide'><img src='a.jpg'></figure>\
             <div class='block'><section><div class='part-text'>{}</div></section></div></div>",
            ps(&before),
            ps(&after)
        ));
        let want: Vec<String> = before.into_iter().chain(after).collect();
        assert_eq!(text_of(&html), want);
    }

    #[test]
    fn boxes_of_one_class_with_prose_of_few_commas_are_read_whole() {
        // A German broadcaster's article: each part in a box of one class,
        // its sentences with hardly a comma; the longest part last.
        let german = |n: usize, topic: &str| -> Vec<String> {
            (1..=n)
                .map(|i| {
                    format!(
                        "Die Feuerwehr in der Stadt gehört zu {topic} und hat im Jahr {i} neue Pläne vorgelegt. \
                         Der Rat der Stadt will die Wachen bis zum Sommer umbauen lassen. Die Kosten \
                         trägt das Land zum größten Teil selbst."
                    )
                })
                .collect()
        };
        let first = german(3, "dem ersten Teil");
        let last = german(6, "dem letzten Teil");
        let ps = |v: &[String]| {
            v.iter()
                .map(|p| format!("<p class='text small'>{p}</p>"))
                .collect::<String>()
        };
        let part = |inner: String| {
            format!(
                "<div class='con'><div class='modCon'><div class='mod modParagraph'><div class='box'>{inner}</div></div></div></div>"
            )
        };
        let html = page(&format!(
            "<article>{}{}{}</article>",
            part(ps(&first)),
            part("<h2>Ein Zwischentitel</h2>".into()),
            part(ps(&last))
        ));
        let text = text_of(&html);
        assert!(
            text.contains(&first[0]) && text.contains(&last[5]),
            "{text:?}"
        );
    }

    #[test]
    fn class_and_id_words_are_split_at_dashes_underscores_and_capitals() {
        let mut words = Vec::new();
        name_words("share-bar relatedStories comment_list  c-Ad2", &mut words);
        assert_eq!(
            words,
            [
                "share", "bar", "related", "stories", "comment", "list", "c", "ad2"
            ]
        );
        for w in [
            "comments",
            "sharebar",
            "ad",
            "related",
            "cookiebanner",
            "auth",
            "citewrapper",
            "zitiervorschlag",
            // A paywall's button (the Badische Zeitung's
            // `button--salewall`).
            "salewall",
        ] {
            assert_eq!(furniture_word(w), Furniture::Strong, "{w}");
        }
        for w in [
            "widget",
            "header",
            "meta",
            "commercial",
            "authors",
            // AOL's `artUtils` box of "Text Size" buttons and sharing,
            // Politico's `storyControls`.
            "utils",
            "tools",
            "controls",
        ] {
            assert_eq!(furniture_word(w), Furniture::Weak, "{w}");
        }
        for w in ["shadow", "head", "download", "blog", "admin", "author2"] {
            assert_eq!(furniture_word(w), Furniture::No, "{w}");
        }
        // Two words of content written as one name content too.
        for w in [
            "entrybody",
            "maincontent",
            "bodytext",
            "articletext",
            "post",
        ] {
            assert!(content_word(w), "{w}");
        }
        for w in ["bodyguard", "postman", "entryway", "textile", "mainland"] {
            assert!(!content_word(w), "{w}");
        }
    }
}
