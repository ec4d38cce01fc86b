//! HTML to the text a reader sees.
//!
//! A tolerant, single-pass tag scanner (not a DOM): it drops comments,
//! doctypes, processing instructions and the content of elements that are
//! never shown (`script`, `style`, `head`, `template`, `noscript`, `svg`,
//! `iframe`, …) or are hidden (`hidden`, `aria-hidden="true"`,
//! `style="display:none"`); block elements become line breaks; runs of white
//! space collapse to one space outside `<pre>`; entities are decoded with the
//! full HTML5 table. Malformed markup degrades to text, never to a panic.
//! It does not apply CSS or run scripts.

/// Elements whose content is never visible text.
const INVISIBLE: &[&str] = &[
    "script", "style", "head", "template", "noscript", "svg", "math", "iframe", "object", "canvas",
    "video", "audio", "select", "button", "textarea",
];

/// Elements that start and end a line of text.
const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "td",
    "th",
    "time",
    "tr",
    "ul",
    "title",
];

/// Void elements: never have content or an end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

struct Tag<'a> {
    name: String,
    end: bool,
    self_closing: bool,
    attrs: &'a str,
}

/// Parses the tag starting at `s` (which begins with `<`); returns it and
/// its length, or `None` when `<` does not start a tag (e.g. "a < b").
fn parse_tag(s: &str) -> Option<(Tag<'_>, usize)> {
    let b = s.as_bytes();
    let mut i = 1;
    let end = b.get(i) == Some(&b'/');
    if end {
        i += 1;
    }
    if !b.get(i)?.is_ascii_alphabetic() {
        return None;
    }
    let name_start = i;
    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' && b[i] != b'/' {
        i += 1;
    }
    let name = s[name_start..i].to_ascii_lowercase();
    let attrs_start = i;
    // Scan to the closing '>' outside quoted attribute values.
    let mut quote: Option<u8> = None;
    while i < b.len() {
        match (quote, b[i]) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, c @ (b'"' | b'\'')) if i > 0 && b[i - 1] == b'=' => quote = Some(c),
            (None, b'>') => break,
            _ => {}
        }
        i += 1;
    }
    if i >= b.len() {
        // Unterminated tag: treat the rest as consumed markup.
        return Some((
            Tag {
                name,
                end,
                self_closing: false,
                attrs: &s[attrs_start..],
            },
            s.len(),
        ));
    }
    let attrs = &s[attrs_start..i];
    Some((
        Tag {
            name,
            end,
            self_closing: attrs.trim_end().ends_with('/'),
            attrs,
        },
        i + 1,
    ))
}

fn is_hidden(attrs: &str) -> bool {
    let a = attrs.to_ascii_lowercase();
    let compact: String = a.chars().filter(|c| !c.is_whitespace()).collect();
    compact.contains("aria-hidden=\"true\"")
        || compact.contains("aria-hidden='true'")
        || compact.contains("display:none")
        || compact.contains("visibility:hidden")
        || a.split(|c: char| c.is_whitespace() || c == '/')
            .any(|w| w == "hidden" || w.starts_with("hidden="))
}

/// Finds the end of the element `name` opened just before `s`, counting
/// nested elements of the same name; returns the byte offset just past its
/// end tag (or `s.len()`).
fn skip_element(s: &str, name: &str, raw_text: bool) -> usize {
    let mut depth = 1usize;
    let mut i = 0;
    let lower_open = format!("<{name}");
    let lower_close = format!("</{name}");
    while let Some(pos) = s[i..].find('<') {
        let at = i + pos;
        let rest = &s[at..];
        let starts = |p: &str| {
            rest.len() >= p.len()
                && rest.is_char_boundary(p.len())
                && rest[..p.len()].eq_ignore_ascii_case(p)
                && !rest[p.len()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '-')
        };
        if starts(&lower_close) {
            depth -= 1;
            let close = rest.find('>').map_or(s.len(), |g| at + g + 1);
            if depth == 0 {
                return close;
            }
            i = close;
        } else if !raw_text && starts(&lower_open) {
            match parse_tag(rest) {
                Some((t, len)) => {
                    if !t.self_closing {
                        depth += 1;
                    }
                    i = at + len;
                }
                None => i = at + 1,
            }
        } else if !raw_text && rest.starts_with("<!--") {
            i = rest.find("-->").map_or(s.len(), |e| at + e + 3);
        } else {
            i = at + 1;
        }
    }
    s.len()
}

/// The visible text of an HTML document or fragment, one block per line.
pub fn visible_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut pending = String::new();
    let mut pre_depth = 0usize;
    let mut i = 0;
    let flush = |pending: &mut String, out: &mut String| {
        if !pending.is_empty() {
            out.push_str(&htmlize::unescape(pending.as_str()));
            pending.clear();
        }
    };
    while i < html.len() {
        let rest = &html[i..];
        let Some(lt) = rest.find('<') else {
            push_text(&mut pending, rest, pre_depth > 0);
            break;
        };
        push_text(&mut pending, &rest[..lt], pre_depth > 0);
        let tail = &rest[lt..];
        i += lt;
        if tail.starts_with("<!--") {
            i += tail.find("-->").map_or(tail.len(), |e| e + 3);
            continue;
        }
        if tail.starts_with("<![CDATA[") {
            let end = tail.find("]]>").unwrap_or(tail.len());
            push_text(&mut pending, &tail[9..end], pre_depth > 0);
            i += (end + 3).min(tail.len());
            continue;
        }
        if tail.starts_with("<!") || tail.starts_with("<?") {
            i += tail.find('>').map_or(tail.len(), |e| e + 1);
            continue;
        }
        let Some((tag, len)) = parse_tag(tail) else {
            pending.push('<');
            i += 1;
            continue;
        };
        i += len;
        let name = tag.name.as_str();
        let void = VOID.contains(&name);
        if !tag.end && !void && !tag.self_closing {
            let invisible = INVISIBLE.contains(&name);
            if invisible || is_hidden(tag.attrs) {
                let raw = matches!(name, "script" | "style" | "textarea");
                i += skip_element(&html[i..], name, raw);
                if BLOCK.contains(&name) {
                    flush(&mut pending, &mut out);
                    out.push('\n');
                }
                continue;
            }
        }
        if name == "pre" {
            if tag.end {
                pre_depth = pre_depth.saturating_sub(1);
            } else {
                pre_depth += 1;
            }
        }
        if BLOCK.contains(&name) {
            flush(&mut pending, &mut out);
            out.push('\n');
        } else if name == "img" && !tag.end {
            // Images are not text; their alt text is usually a caption copy.
        } else if matches!(name, "td" | "th") {
            pending.push(' ');
        }
    }
    flush(&mut pending, &mut out);
    // Trim each line and drop runs of empty lines.
    let mut clean = String::with_capacity(out.len());
    for line in out.lines() {
        let t = line.trim_matches(|c: char| c.is_whitespace());
        if !t.is_empty() {
            clean.push_str(t);
            clean.push('\n');
        }
    }
    clean
}

/// Appends text, collapsing white space to single spaces unless `pre`.
fn push_text(pending: &mut String, text: &str, pre: bool) {
    if pre {
        pending.push_str(text);
        return;
    }
    for c in text.chars() {
        if c.is_ascii_whitespace() {
            if !pending.ends_with(' ') && !pending.ends_with('\n') {
                pending.push(' ');
            }
        } else {
            pending.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(html: &str) -> Vec<String> {
        visible_text(html).lines().map(str::to_string).collect()
    }

    #[test]
    fn keeps_visible_text_and_breaks_blocks() {
        let page = r#"<!DOCTYPE html><html><head><title>T</title>
            <style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
            <body><h1>Petro  and
            Trump</h1><p>First <b>bold</b> paragraph.</p><div>Second<br>third</div>
            <!-- a comment <p>hidden</p> --><p>Fourth &amp; last &mdash; &quot;ok&quot; &eacute;&ntilde; &#8217; &#x2019;</p>
            </body></html>"#;
        assert_eq!(
            lines(page),
            [
                "Petro and Trump",
                "First bold paragraph.",
                "Second",
                "third",
                "Fourth & last — \"ok\" éñ ’ ’"
            ]
        );
    }

    #[test]
    fn hidden_and_invisible_elements_are_dropped_with_nesting() {
        let page = "<p>shown</p><div hidden><div>inner</div>still hidden</div>\
                    <span aria-hidden=\"true\">icon</span><p style=\"display: none\">x</p>\
                    <noscript>enable js</noscript><svg><text>chart</text></svg><p>end</p>";
        assert_eq!(lines(page), ["shown", "end"]);
    }

    #[test]
    fn malformed_markup_degrades_to_text() {
        assert_eq!(lines("a < b and c > d"), ["a < b and c > d"]);
        assert_eq!(lines("<p>unclosed <b>bold"), ["unclosed bold"]);
        assert_eq!(lines("<p title=\"a>b\">quoted gt</p>"), ["quoted gt"]);
        assert_eq!(lines("<script>never closed"), Vec::<String>::new());
        assert_eq!(lines("text <div"), ["text"]);
        assert_eq!(lines("<pre>  two\n  lines</pre>"), ["two", "lines"]);
        // Deep nesting does not recurse.
        let deep = "<div>".repeat(100_000) + "deep" + &"</div>".repeat(100_000);
        assert_eq!(lines(&deep), ["deep"]);
    }
}
